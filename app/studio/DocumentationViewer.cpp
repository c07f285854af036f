#include "DocumentationViewer.h"

#include <QDesktopServices>

namespace Pygen {

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

void DocumentationViewer::followLink(const QUrl &url)
{
    if (url.isRelative() && url.path().isEmpty() && url.hasFragment()) {
        scrollToAnchor(url.fragment());
        return;
    }
    const QUrl resolved = document()->baseUrl().resolved(url);
    if (resolved.scheme() == u"http" || resolved.scheme() == u"https" || resolved.scheme() == u"mailto")
        QDesktopServices::openUrl(resolved);
}

} // namespace Pygen
