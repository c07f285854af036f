#include "DocumentationViewer.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QHash>
#include <QScrollBar>
#include <QTextBlock>

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

} // namespace

DocumentationViewer::DocumentationViewer(QWidget *parent)
    : QTextBrowser(parent)
{
    // Links are followed here rather than by QTextBrowser, which would replace the document
    // with whatever the link points at.
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &DocumentationViewer::followLink);
    setPlaceholderText(tr("Open a Markdown file, such as a package's README.md, to read it here."));
}

void DocumentationViewer::showMarkdown(const QString &markdown, const QUrl &baseUrl)
{
    document()->setBaseUrl(baseUrl);
    setMarkdown(markdown);
}

bool DocumentationViewer::scrollToHeading(const QString &fragment)
{
    // Repeated headings get -1, -2, … as on GitHub.
    QHash<QString, int> seen;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        const QString slug = headingSlug(block.text());
        const int repeat = seen.value(slug, 0);
        seen.insert(slug, repeat + 1);
        const QString anchor = repeat == 0 ? slug : slug + u'-' + QString::number(repeat);
        if (anchor == fragment.toLower()) {
            const QRectF area = document()->documentLayout()->blockBoundingRect(block);
            verticalScrollBar()->setValue(qRound(area.top()));
            return true;
        }
    }
    return false;
}

void DocumentationViewer::followLink(const QUrl &url)
{
    if (url.isRelative() && url.path().isEmpty() && url.hasFragment()) {
        if (!scrollToHeading(url.fragment()))
            scrollToAnchor(url.fragment());
        return;
    }
    const QUrl resolved = document()->baseUrl().resolved(url);
    if (resolved.scheme() == u"http" || resolved.scheme() == u"https" || resolved.scheme() == u"mailto")
        QDesktopServices::openUrl(resolved);
}

} // namespace Pygen
