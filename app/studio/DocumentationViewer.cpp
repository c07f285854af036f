#include "DocumentationViewer.h"

#include "package/PackagePath.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>
#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QHash>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>

namespace Pygen {

namespace {

// GitHub's anchor for a heading: lower case, punctuation dropped, spaces turned into hyphens.
QString headingSlug(const QString &heading)
{
    QString slug;
    for (const QChar character : heading.trimmed().toLower()) {
        if (character.isLetterOrNumber() || character == u'-' || character == u'_')
            slug += character;
        else if (character.isSpace())
            slug += u'-';
    }
    return slug;
}

bool isCodeBlock(const QTextBlock &block)
{
    return block.blockFormat().hasProperty(QTextFormat::BlockCodeLanguage);
}

QString codeLanguage(const QTextBlock &block)
{
    return block.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage).trimmed().toLower();
}

// Highlights one line at a time and keeps the formats KSyntaxHighlighting reports, so they can be
// put into the rendered document as character formats (a QSyntaxHighlighter would colour every
// block of the document, prose included).
class CodeBlockHighlighter final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    struct Range
    {
        int offset = 0;
        int length = 0;
        QTextCharFormat format;
    };

    KSyntaxHighlighting::State highlight(QStringView line, const KSyntaxHighlighting::State &state)
    {
        m_ranges.clear();
        return highlightLine(line, state);
    }

    const QList<Range> &ranges() const { return m_ranges; }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (!format.isValid() || length <= 0)
            return;
        const KSyntaxHighlighting::Theme currentTheme = theme();
        QTextCharFormat characterFormat;
        if (format.hasTextColor(currentTheme))
            characterFormat.setForeground(format.textColor(currentTheme));
        if (format.hasBackgroundColor(currentTheme))
            characterFormat.setBackground(format.backgroundColor(currentTheme));
        if (format.isBold(currentTheme))
            characterFormat.setFontWeight(QFont::Bold);
        if (format.isItalic(currentTheme))
            characterFormat.setFontItalic(true);
        if (format.isUnderline(currentTheme))
            characterFormat.setFontUnderline(true);
        if (format.isStrikeThrough(currentTheme))
            characterFormat.setFontStrikeOut(true);
        if (!characterFormat.properties().isEmpty())
            m_ranges.append({offset, length, characterFormat});
    }

private:
    QList<Range> m_ranges;
};

} // namespace

DocumentationViewer::DocumentationViewer(KSyntaxHighlighting::Repository &repository, QWidget *parent)
    : QTextBrowser(parent)
    , m_repository(repository)
{
    // Links are followed here rather than by QTextBrowser, which would replace the document
    // with whatever the link points at.
    setOpenLinks(false);
    document()->setUndoRedoEnabled(false);
    connect(this, &QTextBrowser::anchorClicked, this, &DocumentationViewer::followLink);
    setPlaceholderText(tr("Open a Markdown file, such as a package's README.md, to read it here."));
}

void DocumentationViewer::showMarkdown(const QString &markdown, const QUrl &baseUrl)
{
    // A new version of the same file keeps the reader's place; another file starts at the top.
    const bool sameDocument = !m_inPackage && baseUrl.isValid() && baseUrl == document()->baseUrl();
    m_markdown = markdown;
    m_packagePath.clear();
    m_inPackage = false;
    document()->setBaseUrl(baseUrl);
    render(sameDocument);
}

void DocumentationViewer::showMarkdown(const QString &markdown, const QString &packagePath)
{
    const bool sameDocument = m_inPackage && !packagePath.isEmpty() && packagePath == m_packagePath;
    m_markdown = markdown;
    m_packagePath = packagePath;
    m_inPackage = true;
    document()->setBaseUrl(QUrl());
    render(sameDocument);
}

QList<DocumentationViewer::Heading> DocumentationViewer::headings() const
{
    QList<Heading> result;
    // Repeated headings get -1, -2, … as on GitHub.
    QHash<QString, int> seen;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level == 0)
            continue;
        const QString slug = headingSlug(block.text());
        const int repeat = seen.value(slug, 0);
        seen.insert(slug, repeat + 1);
        result.append({level, block.text().trimmed(), repeat == 0 ? slug : slug + u'-' + QString::number(repeat),
                       block.position()});
    }
    return result;
}

bool DocumentationViewer::scrollToHeading(const QString &fragment)
{
    const QString wanted = fragment.toLower();
    for (const Heading &heading : headings()) {
        if (heading.anchor != wanted)
            continue;
        const QTextBlock block = document()->findBlock(heading.position);
        const QRectF area = document()->documentLayout()->blockBoundingRect(block);
        verticalScrollBar()->setValue(qRound(area.top()));
        return true;
    }
    return false;
}

QString DocumentationViewer::definitionNameForLanguage(const QString &language) const
{
    const QString name = language.trimmed().toLower();
    if (name.isEmpty())
        return {};
    // Names fenced blocks use that are neither a definition's name nor one of its alternatives.
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("py"), QStringLiteral("Python")},
        {QStringLiteral("python3"), QStringLiteral("Python")},
        {QStringLiteral("pycon"), QStringLiteral("Python")},
        {QStringLiteral("sh"), QStringLiteral("Bash")},
        {QStringLiteral("shell"), QStringLiteral("Bash")},
        {QStringLiteral("console"), QStringLiteral("Bash")},
        {QStringLiteral("shell-session"), QStringLiteral("Bash")},
        {QStringLiteral("zsh"), QStringLiteral("Zsh")},
        {QStringLiteral("yml"), QStringLiteral("YAML")},
        {QStringLiteral("md"), QStringLiteral("Markdown")},
        {QStringLiteral("toml"), QStringLiteral("TOML")},
        {QStringLiteral("json"), QStringLiteral("JSON")},
        {QStringLiteral("ini"), QStringLiteral("INI Files")},
        {QStringLiteral("cfg"), QStringLiteral("INI Files")},
    };
    KSyntaxHighlighting::Definition definition = m_repository.definitionForName(name);
    if (!definition.isValid())
        definition = m_repository.definitionForName(aliases.value(name));
    if (!definition.isValid())
        definition = m_repository.definitionForFileName(QStringLiteral("file.") + name);
    return definition.isValid() ? definition.name() : QString();
}

void DocumentationViewer::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    // The code colours come from a theme for this palette; a new palette needs the other theme.
    if (event->type() == QEvent::PaletteChange && !m_rendering && !m_markdown.isEmpty())
        render(true);
}

QVariant DocumentationViewer::loadResource(int type, const QUrl &name)
{
    // A package's images are not read from disk on the GUI thread, nor from outside the package.
    if (m_inPackage)
        return {};
    return QTextBrowser::loadResource(type, name);
}

void DocumentationViewer::render(bool keepPlace)
{
    m_rendering = true;
    const int scrolled = keepPlace ? verticalScrollBar()->value() : 0;
    setMarkdown(m_markdown);
    highlightCodeBlocks();
    verticalScrollBar()->setValue(scrolled);
    m_rendering = false;
}

void DocumentationViewer::highlightCodeBlocks()
{
    const KSyntaxHighlighting::Theme theme = m_repository.themeForPalette(palette());
    QTextBlockFormat codeBackground;
    codeBackground.setBackground(QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::CurrentLine)));
    QTextCharFormat normalText;
    normalText.setForeground(QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));

    // The theme goes in before any definition: without one every format comes out invalid.
    CodeBlockHighlighter highlighter;
    highlighter.setTheme(theme);

    QTextCursor cursor(document());
    cursor.beginEditBlock();
    QString runLanguage;
    KSyntaxHighlighting::State state;
    bool inRun = false;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (!isCodeBlock(block)) {
            inRun = false;
            continue;
        }
        // One fenced block is a run of text blocks with its language; the state carries from
        // line to line within it (a string or docstring spanning lines) and starts afresh after.
        const QString language = codeLanguage(block);
        if (!inRun || language != runLanguage) {
            inRun = true;
            runLanguage = language;
            state = KSyntaxHighlighting::State();
            const QString definitionName = definitionNameForLanguage(language);
            highlighter.setDefinition(definitionName.isEmpty() ? KSyntaxHighlighting::Definition()
                                                               : m_repository.definitionForName(definitionName));
        }

        cursor.setPosition(block.position());
        cursor.mergeBlockFormat(codeBackground);
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(normalText);
        if (!highlighter.definition().isValid())
            continue;
        state = highlighter.highlight(block.text(), state);
        for (const CodeBlockHighlighter::Range &range : highlighter.ranges()) {
            cursor.setPosition(block.position() + range.offset);
            cursor.setPosition(block.position() + range.offset + range.length, QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(range.format);
        }
    }
    cursor.endEditBlock();
}

void DocumentationViewer::followLink(const QUrl &url)
{
    const QString fragment = url.fragment(QUrl::FullyDecoded);
    if (url.isRelative() && url.path().isEmpty() && url.hasFragment()) {
        if (!scrollToHeading(fragment))
            scrollToAnchor(fragment);
        return;
    }

    const QUrl resolved = m_inPackage ? url : document()->baseUrl().resolved(url);
    const QString scheme = resolved.scheme().toLower();
    if (scheme == u"http" || scheme == u"https" || scheme == u"mailto") {
        QDesktopServices::openUrl(resolved);
        return;
    }

    const QString shown = url.toDisplayString();
    if (m_inPackage && url.scheme().isEmpty() && url.authority().isEmpty()) {
        QString refusal;
        const std::optional<QString> path = resolveInPackage(url.path(QUrl::FullyDecoded), &refusal);
        if (!path) {
            Q_EMIT linkRefused(refusal);
        } else if (*path == m_packagePath) {
            if (!fragment.isEmpty() && !scrollToHeading(fragment))
                scrollToAnchor(fragment);
        } else {
            Q_EMIT fileLinkActivated(*path, fragment);
        }
        return;
    }
    if (!m_inPackage && url.scheme().isEmpty())
        Q_EMIT linkRefused(tr("The link %1 was not followed: links to files are followed only in a "
                              "package's documentation.")
                               .arg(shown));
    else
        Q_EMIT linkRefused(tr("The link %1 was not followed: only web links, e-mail addresses and files "
                              "of the package are opened.")
                               .arg(shown));
}

std::optional<QString> DocumentationViewer::resolveInPackage(const QString &linkPath, QString *refusal) const
{
    QStringList components;
    // As on GitHub, a link starting with '/' starts at the top of the package.
    if (!linkPath.startsWith(u'/'))
        components = m_packagePath.split(u'/', Qt::SkipEmptyParts).mid(0, m_packagePath.count(u'/'));
    for (const QString &component : linkPath.split(u'/', Qt::SkipEmptyParts)) {
        if (component == u".")
            continue;
        if (component == u"..") {
            if (components.isEmpty()) {
                *refusal = tr("The link %1 leads out of the package; it was not followed.").arg(linkPath);
                return std::nullopt;
            }
            components.removeLast();
            continue;
        }
        components.append(component);
    }
    const QString path = components.join(u'/');
    if (path.isEmpty()) {
        *refusal = tr("The link %1 points at the package's folder, not at a file.").arg(linkPath);
        return std::nullopt;
    }
    if (const std::optional<QString> problem = PackagePath::problem(path)) {
        *refusal = tr("The link %1 was not followed: %2").arg(linkPath, *problem);
        return std::nullopt;
    }
    return path;
}

} // namespace Pygen
