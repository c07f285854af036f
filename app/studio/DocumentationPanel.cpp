#include "DocumentationPanel.h"

#include "CodeEditor.h"
#include "DocumentationViewer.h"
#include "project/ProjectSession.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Pygen {

namespace {

const QString readmePath = QStringLiteral("README.md");
const QString documentationPath = QStringLiteral("DOCUMENTATION.md");

constexpr int anchorRole = Qt::UserRole + 1;

bool isMarkdown(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"md" || suffix == u"markdown";
}

} // namespace

DocumentationPanel::DocumentationPanel(KSyntaxHighlighting::Repository &repository, QWidget *parent)
    : QWidget(parent)
    , m_chooser(new QComboBox)
    , m_chooserLabel(new QLabel(tr("&Document:")))
    , m_sourceButton(new QToolButton)
    , m_showSourceAction(new QAction(tr("Show Markdown &Source"), this))
    , m_outline(new QTreeView)
    , m_outlineModel(new QStandardItemModel(this))
    , m_pages(new QStackedWidget)
    , m_viewer(new DocumentationViewer(repository))
    , m_source(new CodeEditor(repository))
{
    m_chooser->setAccessibleName(tr("Document"));
    m_chooser->setToolTip(tr("Which of the package's documents to show"));
    m_chooserLabel->setBuddy(m_chooser);
    connect(m_chooser, &QComboBox::currentTextChanged, this, [this](const QString &path) {
        if (!m_updatingChooser && !path.isEmpty() && path != m_documentPath)
            showDocument(path);
    });

    m_showSourceAction->setCheckable(true);
    m_showSourceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    // The main window has other panes with other shortcuts; this one acts where the focus is.
    m_showSourceAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_showSourceAction->setToolTip(tr("Switch between the rendered document and its Markdown source (%1)")
                                       .arg(m_showSourceAction->shortcut().toString(QKeySequence::NativeText)));
    m_showSourceAction->setEnabled(false);
    addAction(m_showSourceAction);
    connect(m_showSourceAction, &QAction::toggled, this, &DocumentationPanel::setShowingSource);
    m_sourceButton->setDefaultAction(m_showSourceAction);
    m_sourceButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_sourceButton->setAccessibleName(tr("Show Markdown source"));

    m_outline->setModel(m_outlineModel);
    m_outline->setHeaderHidden(true);
    m_outline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_outline->setAccessibleName(tr("Document outline"));
    m_outline->setToolTip(tr("Headings of the document; choose one to go there"));
    connect(m_outline, &QTreeView::clicked, this, &DocumentationPanel::scrollToOutlineEntry);
    connect(m_outline, &QTreeView::activated, this, &DocumentationPanel::scrollToOutlineEntry);

    m_viewer->setAccessibleName(tr("Documentation"));
    m_source->setAccessibleName(tr("Markdown source"));
    m_source->setReadOnly(true);
    m_source->setFileName(readmePath);
    m_pages->addWidget(m_viewer);
    m_pages->addWidget(m_source);
    connect(m_viewer, &DocumentationViewer::fileLinkActivated, this, &DocumentationPanel::followFileLink);
    connect(m_viewer, &DocumentationViewer::linkRefused, this, &DocumentationPanel::linkRefused);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_chooserLabel);
    bar->addWidget(m_chooser);
    bar->addStretch();
    bar->addWidget(m_sourceButton);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_outline);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(splitter);

    showPlaceholder();
}

DocumentationPanel::~DocumentationPanel() = default;

void DocumentationPanel::setSession(ProjectSession *session)
{
    if (m_session)
        disconnect(&m_session->project(), nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(&m_session->project(), &Project::fileChanged, this, &DocumentationPanel::fileChanged);
        connect(&m_session->project(), &Project::fileRemoved, this, &DocumentationPanel::fileRemoved);
    }
    m_documentPath.clear();
    showDefaultDocument();
}

void DocumentationPanel::showDocument(const QString &packagePath)
{
    bool found = false;
    contentOf(packagePath, &found);
    if (!found) {
        showPlaceholder();
        return;
    }
    m_documentPath = packagePath;
    render(false);
}

bool DocumentationPanel::isShowingSource() const
{
    return m_pages->currentWidget() == m_source;
}

void DocumentationPanel::fileChanged(const QString &path)
{
    if (path == m_documentPath)
        render(true);
    else if (m_documentPath.isEmpty() && (path == readmePath || path == documentationPath))
        showDefaultDocument();
    else
        refreshChooser();
}

void DocumentationPanel::fileRemoved(const QString &path)
{
    if (path == m_documentPath)
        showDefaultDocument();
    else
        refreshChooser();
}

void DocumentationPanel::refreshChooser()
{
    QStringList documents;
    bool found = false;
    for (const QString &path : {readmePath, documentationPath}) {
        contentOf(path, &found);
        if (found)
            documents.append(path);
    }
    if (!m_documentPath.isEmpty() && !documents.contains(m_documentPath))
        documents.append(m_documentPath);

    m_updatingChooser = true;
    QStringList current;
    for (int i = 0; i < m_chooser->count(); ++i)
        current.append(m_chooser->itemText(i));
    if (current != documents) {
        m_chooser->clear();
        m_chooser->addItems(documents);
    }
    m_chooser->setCurrentIndex(int(documents.indexOf(m_documentPath)));
    // Only worth a control when there is a choice.
    m_chooser->setVisible(documents.size() > 1);
    m_chooserLabel->setVisible(documents.size() > 1);
    m_updatingChooser = false;
}

void DocumentationPanel::showDefaultDocument()
{
    bool found = false;
    contentOf(readmePath, &found);
    if (found) {
        showDocument(readmePath);
        return;
    }
    contentOf(documentationPath, &found);
    if (found)
        showDocument(documentationPath);
    else
        showPlaceholder();
}

void DocumentationPanel::showPlaceholder()
{
    m_documentPath.clear();
    m_viewer->setPlaceholderText(tr("Documentation appears here once the Document stage has run."));
    m_viewer->showMarkdown(QString(), QString());
    m_source->setPlainText(QString());
    m_showSourceAction->setChecked(false);
    m_showSourceAction->setEnabled(false);
    rebuildOutline();
    refreshChooser();
}

void DocumentationPanel::render(bool keepPlace)
{
    bool found = false;
    const QString markdown = contentOf(m_documentPath, &found);
    m_viewer->showMarkdown(markdown, m_documentPath);
    if (!keepPlace)
        m_viewer->verticalScrollBar()->setValue(0);

    const int sourceScrolled = keepPlace ? m_source->verticalScrollBar()->value() : 0;
    m_source->setPlainText(markdown);
    m_source->verticalScrollBar()->setValue(sourceScrolled);

    m_showSourceAction->setEnabled(true);
    rebuildOutline();
    refreshChooser();
}

void DocumentationPanel::rebuildOutline()
{
    m_outlineModel->clear();
    // The nearest heading above each level, so that a heading nests under the last one of a
    // smaller level even when levels are skipped (# then ###).
    QList<std::pair<int, QStandardItem *>> parents;
    for (const DocumentationViewer::Heading &heading : m_viewer->headings()) {
        while (!parents.isEmpty() && parents.constLast().first >= heading.level)
            parents.removeLast();
        auto *item = new QStandardItem(heading.text);
        item->setData(heading.anchor, anchorRole);
        item->setToolTip(heading.text);
        QStandardItem *parent = parents.isEmpty() ? m_outlineModel->invisibleRootItem() : parents.constLast().second;
        parent->appendRow(item);
        parents.append({heading.level, item});
    }
    m_outline->expandAll();
}

void DocumentationPanel::scrollToOutlineEntry(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_showSourceAction->setChecked(false);
    m_viewer->scrollToHeading(index.data(anchorRole).toString());
}

void DocumentationPanel::setShowingSource(bool source)
{
    m_pages->setCurrentWidget(source ? static_cast<QWidget *>(m_source) : m_viewer);
    if (m_outline->hasFocus())
        return;
    m_pages->currentWidget()->setFocus();
}

void DocumentationPanel::followFileLink(const QString &packagePath, const QString &fragment)
{
    bool found = false;
    contentOf(packagePath, &found);
    if (!found) {
        Q_EMIT linkRefused(tr("The package has no file %1 (yet), so the link was not followed.").arg(packagePath));
        return;
    }
    if (!isMarkdown(packagePath)) {
        Q_EMIT fileLinkActivated(packagePath, fragment);
        return;
    }
    showDocument(packagePath);
    if (!fragment.isEmpty())
        m_viewer->scrollToHeading(fragment);
}

QString DocumentationPanel::contentOf(const QString &packagePath, bool *found) const
{
    const PackageFile *file =
        m_session && !packagePath.isEmpty() ? m_session->project().package().file(packagePath) : nullptr;
    *found = file != nullptr;
    return file ? QString::fromUtf8(file->content) : QString();
}

} // namespace Pygen
