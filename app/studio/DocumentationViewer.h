#pragma once

#include <QList>
#include <QTextBrowser>

#include <optional>

namespace KSyntaxHighlighting {
class Repository;
} // namespace KSyntaxHighlighting

namespace Pygen {

// Shows Markdown rendered the way GitHub renders it, with fenced code blocks coloured by
// KSyntaxHighlighting in a theme that follows the palette (light or dark).
//
// Links: #fragment scrolls within the document; http, https and mailto open in the browser; in a
// package's documentation (showMarkdown with a package path) a relative link to a file of the
// package emits fileLinkActivated; everything else is refused with linkRefused.
class DocumentationViewer final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentationViewer)

public:
    struct Heading
    {
        int level = 0; // 1 to 6
        QString text;
        // GitHub's anchor: "installation", a repeated heading "examples-1", "examples-2" …
        QString anchor;
        // Where the heading's block starts in the document.
        int position = 0;

        friend bool operator==(const Heading &, const Heading &) = default;
    };

    // The repository is shared by every viewer and editor and must outlive them.
    explicit DocumentationViewer(KSyntaxHighlighting::Repository &repository, QWidget *parent = nullptr);

    // baseUrl resolves relative links and images, usually the Markdown file's own location. Links
    // to files are not followed: the document is not known to belong to a package.
    void showMarkdown(const QString &markdown, const QUrl &baseUrl);
    // A Markdown file of the package at packagePath (relative, '/'-separated, e.g.
    // "docs/guide.md"); relative links resolve against its folder and must stay in the package.
    void showMarkdown(const QString &markdown, const QString &packagePath);

    QString markdown() const { return m_markdown; }
    // The package path given to showMarkdown; empty for a document outside a package.
    QString packagePath() const { return m_packagePath; }

    QList<Heading> headings() const;

    // Scrolls to the heading a link such as #installation points at, named the way GitHub names
    // headings. Returns whether there was one.
    bool scrollToHeading(const QString &fragment);

    // The language a fenced code block declares ("python", "py", "sh", "console" …) as a
    // definition name of the repository; empty when the repository has none for it.
    QString definitionNameForLanguage(const QString &language) const;

Q_SIGNALS:
    // A link to a file of the package: its path inside the package and the part after '#'.
    void fileLinkActivated(const QString &packagePath, const QString &fragment);
    // A link that was not followed, and why, for the status bar.
    void linkRefused(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void render(bool keepPlace);
    void highlightCodeBlocks();
    void followLink(const QUrl &url);
    // The package path a relative link leads to, or why it cannot be followed.
    std::optional<QString> resolveInPackage(const QString &linkPath, QString *refusal) const;

    KSyntaxHighlighting::Repository &m_repository;
    QString m_markdown;
    QString m_packagePath;
    bool m_inPackage = false;
    bool m_rendering = false;
};

} // namespace Pygen
