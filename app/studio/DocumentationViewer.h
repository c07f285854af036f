#pragma once

#include <QTextBrowser>

namespace Pygen {

// Shows Markdown rendered the way GitHub renders it.
class DocumentationViewer final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentationViewer)

public:
    explicit DocumentationViewer(QWidget *parent = nullptr);

    // baseUrl resolves relative links and images, usually the Markdown file's own location.
    void showMarkdown(const QString &markdown, const QUrl &baseUrl);

    // Scrolls to the heading a link such as #installation points at, named the way GitHub names
    // headings. Returns whether there was one.
    bool scrollToHeading(const QString &fragment);

private:
    void followLink(const QUrl &url);
};

} // namespace Pygen
