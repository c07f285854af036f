#include "EditorArea.h"

#include "CodeEditor.h"
#include "FindReplaceBar.h"
#include "GoToLineDialog.h"
#include "pipeline/PipelineStage.h"
#include "project/Project.h"
#include "project/ProjectSession.h"

#include <QAction>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBlock>
#include <QVBoxLayout>

namespace Pygen {

namespace {

QList<QKeySequence> withStandard(QKeySequence::StandardKey standard, const QList<QKeySequence> &extra)
{
    QList<QKeySequence> shortcuts = QKeySequence::keyBindings(standard);
    for (const QKeySequence &sequence : extra) {
        if (!shortcuts.contains(sequence))
            shortcuts.append(sequence);
    }
    return shortcuts;
}

// No content to edit: the file is planned, or its generation failed or was skipped.
bool lacksContent(const PackageFile *file)
{
    return !file || (file->content.isEmpty() && file->status != FileStatus::Generated);
}

// A large file is shown in pieces: the first fills any screen, the others keep each event-loop
// turn short while the highlighter colours them.
constexpr qsizetype firstPieceCharacters = 16 * 1024;
constexpr qsizetype pieceCharacters = 64 * 1024;

// Where a piece of at most `size` characters from `from` ends: after a line break when there is
// one, so no line (and no surrogate pair) is split.
qsizetype pieceEnd(const QString &text, qsizetype from, qsizetype size)
{
    if (text.size() - from <= size)
        return text.size();
    const qsizetype lineBreak = text.lastIndexOf(u'\n', from + size - 1);
    if (lineBreak >= from)
        return lineBreak + 1;
    qsizetype end = from + size;
    if (text.at(end - 1).isHighSurrogate())
        --end;
    return end;
}

} // namespace

EditorArea::EditorArea(KSyntaxHighlighting::Repository &repository, QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_tabs(new QTabWidget)
    , m_noticeBar(new QFrame)
    , m_noticeLabel(new QLabel)
    , m_reloadButton(new QPushButton(tr("&Reload")))
    , m_keepButton(new QPushButton(tr("&Keep Mine")))
    , m_dismissButton(new QPushButton(tr("Dismiss")))
    , m_findBar(new FindReplaceBar)
{
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setAccessibleName(tr("Open files"));
    m_tabs->tabBar()->installEventFilter(this);

    m_noticeBar->setObjectName(QStringLiteral("noticeBar"));
    m_noticeBar->setFrameShape(QFrame::StyledPanel);
    m_noticeBar->setAutoFillBackground(true);
    m_noticeBar->setBackgroundRole(QPalette::ToolTipBase);
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_noticeLabel->setForegroundRole(QPalette::ToolTipText);
    m_dismissButton->setAccessibleName(tr("Dismiss the message"));
    auto *noticeLayout = new QHBoxLayout(m_noticeBar);
    noticeLayout->setContentsMargins(6, 3, 6, 3);
    noticeLayout->addWidget(m_noticeLabel, 1);
    noticeLayout->addWidget(m_reloadButton);
    noticeLayout->addWidget(m_keepButton);
    noticeLayout->addWidget(m_dismissButton);
    m_noticeBar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_noticeBar);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_findBar);

    connect(m_reloadButton, &QPushButton::clicked, this, &EditorArea::reloadCurrentFromProject);
    connect(m_keepButton, &QPushButton::clicked, this, &EditorArea::keepCurrentText);
    connect(m_dismissButton, &QPushButton::clicked, this, [this] {
        const QString path = currentPath();
        if (Tab *tab = tabFor(path))
            setNotice(*tab, Notice::None, {});
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &EditorArea::currentTabChanged);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &EditorArea::closeTab);

    m_saveAction = addShortcutAction(tr("&Save"), QKeySequence::keyBindings(QKeySequence::Save));
    m_saveAllAction = addShortcutAction(tr("Save A&ll"), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S)});
    m_closeAction =
        addShortcutAction(tr("&Close File"), withStandard(QKeySequence::Close, {QKeySequence(Qt::CTRL | Qt::Key_W)}));
    m_nextTabAction = addShortcutAction(tr("&Next File"),
                                        withStandard(QKeySequence::NextChild, {QKeySequence(Qt::CTRL | Qt::Key_Tab)}));
    m_previousTabAction = addShortcutAction(tr("&Previous File"),
                                            withStandard(QKeySequence::PreviousChild,
                                                         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
                                                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab)}));
    m_findAction = addShortcutAction(tr("&Find…"), QKeySequence::keyBindings(QKeySequence::Find));
    m_replaceAction =
        addShortcutAction(tr("&Replace…"), withStandard(QKeySequence::Replace, {QKeySequence(Qt::CTRL | Qt::Key_H)}));
    // F3 only: on some desktops the standard FindNext is Ctrl+G, which is Go to Line here.
    m_findNextAction = addShortcutAction(tr("Find &Next"), {QKeySequence(Qt::Key_F3)});
    m_findPreviousAction = addShortcutAction(tr("Find Pre&vious"), {QKeySequence(Qt::SHIFT | Qt::Key_F3)});
    m_goToLineAction = addShortcutAction(tr("&Go to Line…"), {QKeySequence(Qt::CTRL | Qt::Key_G)});

    connect(m_saveAction, &QAction::triggered, this, &EditorArea::saveCurrent);
    connect(m_saveAllAction, &QAction::triggered, this, &EditorArea::saveAll);
    connect(m_closeAction, &QAction::triggered, this, [this] {
        if (m_tabs->currentIndex() >= 0)
            closeTab(m_tabs->currentIndex());
    });
    connect(m_nextTabAction, &QAction::triggered, this, [this] { cycleTabs(1); });
    connect(m_previousTabAction, &QAction::triggered, this, [this] { cycleTabs(-1); });
    connect(m_findAction, &QAction::triggered, m_findBar, &FindReplaceBar::showFind);
    connect(m_replaceAction, &QAction::triggered, m_findBar, &FindReplaceBar::showReplace);
    connect(m_findNextAction, &QAction::triggered, this, [this] {
        if (m_findBar->searchField()->text().isEmpty())
            m_findBar->showFind();
        else
            m_findBar->findNext();
    });
    connect(m_findPreviousAction, &QAction::triggered, this, [this] {
        if (m_findBar->searchField()->text().isEmpty())
            m_findBar->showFind();
        else
            m_findBar->findPrevious();
    });
    connect(m_goToLineAction, &QAction::triggered, this, &EditorArea::showGoToLine);

    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &EditorArea::flushStreams);
    m_loadTimer.setSingleShot(true);
    m_loadTimer.setInterval(0);
    connect(&m_loadTimer, &QTimer::timeout, this, &EditorArea::loadMore);
}

EditorArea::~EditorArea()
{
    // Stages and the project may outlive the area; none of their signals may reach it now.
    for (const QMetaObject::Connection &connection : std::as_const(m_sessionConnections))
        disconnect(connection);
    for (const QPointer<PipelineStage> &stage : std::as_const(m_followedStages)) {
        if (stage)
            stage->disconnect(this);
    }
}

QAction *EditorArea::addShortcutAction(const QString &text, const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(text, this);
    action->setShortcuts(shortcuts);
    // Only while focus is in this area, so two areas (or the window's own menus) do not clash.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

void EditorArea::setSession(ProjectSession *session)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sessionConnections))
        disconnect(connection);
    m_sessionConnections.clear();
    while (m_tabs->count() > 0)
        removeTab(m_tabs->count() - 1);
    for (const QPointer<PipelineStage> &stage : std::as_const(m_followedStages)) {
        if (stage)
            stage->disconnect(this);
    }
    m_followedStages.clear();
    m_streamingStage.clear();
    m_streamText.clear();
    m_pendingText.clear();

    m_session = session;
    if (!session)
        return;
    Project *project = &session->project();
    m_sessionConnections = {
        connect(project, &Project::fileChanged, this, &EditorArea::projectFileChanged),
        connect(project, &Project::fileRemoved, this, &EditorArea::projectFileRemoved),
        connect(session, &ProjectSession::stageStarted, this,
                [this](StageId, PipelineStage *stage) { followStage(stage); }),
    };
    if (PipelineStage *running = session->currentStage())
        followStage(running);
}

ProjectSession *EditorArea::session() const
{
    return m_session;
}

void EditorArea::openPackageFile(const QString &path)
{
    if (const int index = indexOf(path); index >= 0) {
        m_tabs->setCurrentIndex(index);
        m_tabs->widget(index)->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!m_session) {
        Q_EMIT openFailed(path, tr("No project is open. Open or create a project first."));
        return;
    }
    const Project &project = m_session->project();
    if (!project.package().contains(path) && !project.state().files.contains(path)) {
        Q_EMIT openFailed(path, tr("%1 is not in the package. It may have been renamed or deleted.").arg(path));
        return;
    }

    auto tab = std::make_unique<Tab>();
    tab->path = path;
    tab->editor = new CodeEditor(m_repository);
    tab->editor->setFileName(QFileInfo(path).fileName());
    tab->editor->setAccessibleName(tr("Editor for %1").arg(path));
    Tab &added = *tab;
    m_openTabs.push_back(std::move(tab));
    loadFromProject(added);
    connect(added.editor->document(), &QTextDocument::modificationChanged, this, &EditorArea::updateTabTitles);

    const int index = m_tabs->addTab(added.editor, QString());
    m_tabs->setTabToolTip(index, path);
    updateTabTitles();
    if (m_streamingStage.contains(path))
        beginStreamingInto(added);
    m_tabs->setCurrentIndex(index);
    added.editor->setFocus(Qt::OtherFocusReason);
}

void EditorArea::loadFromProject(Tab &tab)
{
    CodeEditor *editor = tab.editor;
    const PackageFile *file = m_session ? m_session->project().package().file(tab.path) : nullptr;
    tab.placeholder = lacksContent(file);
    QString text = tab.placeholder ? QString() : QString::fromUtf8(file->content);
    tab.unloadedText.clear();
    if (text.size() > 2 * firstPieceCharacters) {
        const qsizetype end = pieceEnd(text, 0, firstPieceCharacters);
        tab.unloadedText = text.mid(end);
        text.truncate(end);
        m_loadTimer.start();
    }

    // Keep the person's place when the text is reloaded.
    const int position = editor->textCursor().position();
    const int scroll = editor->verticalScrollBar()->value();
    // Loading is not an edit: the person cannot undo it piece by piece.
    editor->document()->setUndoRedoEnabled(tab.unloadedText.isEmpty());
    if (editor->toPlainText() != text)
        editor->setPlainText(text);
    QTextCursor cursor(editor->document());
    cursor.setPosition(qMin(position, editor->document()->characterCount() - 1));
    editor->setTextCursor(cursor);
    editor->verticalScrollBar()->setValue(scroll);
    editor->document()->setModified(false);
    updateReadOnly(tab);

    if (!tab.placeholder)
        editor->setPlaceholderText(QString());
    else if (file && file->status == FileStatus::Failed)
        editor->setPlaceholderText(
            tr("%1 could not be generated: %2\nRun the generation again to retry.").arg(tab.path, file->message));
    else if (file && file->status == FileStatus::Skipped)
        editor->setPlaceholderText(tr("%1 was skipped: %2").arg(tab.path, file->message));
    else
        editor->setPlaceholderText(tr("%1 is not generated yet. Run the pipeline to generate it.").arg(tab.path));
}

void EditorArea::updateReadOnly(Tab &tab)
{
    tab.editor->setReadOnly(tab.placeholder || !tab.unloadedText.isEmpty() || isStreaming(tab.path));
}

void EditorArea::loadMore()
{
    bool more = false;
    for (const std::unique_ptr<Tab> &tab : m_openTabs) {
        if (tab->unloadedText.isEmpty())
            continue;
        const qsizetype end = pieceEnd(tab->unloadedText, 0, pieceCharacters);
        QTextCursor cursor(tab->editor->document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(tab->unloadedText.left(end));
        tab->unloadedText.remove(0, end);
        tab->editor->document()->setModified(false);
        if (tab->unloadedText.isEmpty()) {
            tab->unloadedText.squeeze();
            tab->editor->document()->setUndoRedoEnabled(true);
            updateReadOnly(*tab);
        } else {
            more = true;
        }
    }
    if (more)
        m_loadTimer.start();
}

bool EditorArea::isLoading(const QString &path) const
{
    const Tab *tab = tabFor(path);
    return tab && !tab->unloadedText.isEmpty();
}

bool EditorArea::hasUnsavedChanges() const
{
    return std::any_of(m_openTabs.cbegin(), m_openTabs.cend(),
                       [](const std::unique_ptr<Tab> &tab) { return hasUnsavedText(*tab); });
}

QStringList EditorArea::unsavedFiles() const
{
    QStringList paths;
    for (int index = 0; index < m_tabs->count(); ++index) {
        const Tab *tab = tabFor(qobject_cast<const CodeEditor *>(m_tabs->widget(index)));
        if (tab && hasUnsavedText(*tab))
            paths.append(tab->path);
    }
    return paths;
}

bool EditorArea::saveCurrent()
{
    Tab *tab = tabFor(currentEditor());
    return tab && saveTab(*tab);
}

bool EditorArea::saveAll()
{
    bool allSaved = true;
    for (const std::unique_ptr<Tab> &tab : m_openTabs) {
        if (tab->editor->document()->isModified())
            allSaved = saveTab(*tab) && allSaved;
    }
    return allSaved;
}

bool EditorArea::hasUnsavedText(const Tab &tab)
{
    // Text a stream set aside is the person's too until they drop it.
    return tab.editor->document()->isModified() || tab.stashedText.has_value();
}

bool EditorArea::saveTab(Tab &tab)
{
    if (tab.stashedText && !isStreaming(tab.path)) {
        // Saving means keeping the person's text over what the model wrote meanwhile.
        restoreStashedText(tab);
        setNotice(tab, Notice::None, {});
    }
    if (!tab.editor->document()->isModified())
        return true;
    if (!m_session) {
        const QString message = tr("No project is open, so %1 cannot be saved.").arg(tab.path);
        setNotice(tab, Notice::Message, message);
        Q_EMIT saveFailed(tab.path, message);
        return false;
    }
    if (const auto refused = m_session->saveFile(tab.path, tab.editor->toPlainText().toUtf8())) {
        setNotice(tab, Notice::Message, tr("Not saved: %1").arg(*refused));
        Q_EMIT saveFailed(tab.path, *refused);
        return false;
    }
    tab.stashedText.reset();
    tab.editor->document()->setModified(false);
    setNotice(tab, Notice::None, {});
    Q_EMIT fileSaved(tab.path);
    return true;
}

CodeEditor *EditorArea::currentEditor() const
{
    return qobject_cast<CodeEditor *>(m_tabs->currentWidget());
}

QString EditorArea::currentPath() const
{
    const Tab *tab = tabFor(currentEditor());
    return tab ? tab->path : QString();
}

CodeEditor *EditorArea::editorFor(const QString &path) const
{
    const Tab *tab = tabFor(path);
    return tab ? tab->editor : nullptr;
}

QStringList EditorArea::openFiles() const
{
    QStringList paths;
    for (int index = 0; index < m_tabs->count(); ++index) {
        if (const Tab *tab = tabFor(qobject_cast<const CodeEditor *>(m_tabs->widget(index))))
            paths.append(tab->path);
    }
    return paths;
}

EditorArea::Tab *EditorArea::tabFor(const QString &path)
{
    const auto found = std::find_if(m_openTabs.begin(), m_openTabs.end(),
                                    [&path](const std::unique_ptr<Tab> &tab) { return tab->path == path; });
    return found == m_openTabs.end() ? nullptr : found->get();
}

const EditorArea::Tab *EditorArea::tabFor(const QString &path) const
{
    return const_cast<EditorArea *>(this)->tabFor(path);
}

EditorArea::Tab *EditorArea::tabFor(const CodeEditor *editor)
{
    if (!editor)
        return nullptr;
    const auto found = std::find_if(m_openTabs.begin(), m_openTabs.end(),
                                    [editor](const std::unique_ptr<Tab> &tab) { return tab->editor == editor; });
    return found == m_openTabs.end() ? nullptr : found->get();
}

const EditorArea::Tab *EditorArea::tabFor(const CodeEditor *editor) const
{
    return const_cast<EditorArea *>(this)->tabFor(editor);
}

int EditorArea::indexOf(const QString &path) const
{
    const Tab *tab = tabFor(path);
    return tab ? m_tabs->indexOf(tab->editor) : -1;
}

bool EditorArea::closeTab(int index)
{
    const Tab *tab = tabFor(qobject_cast<const CodeEditor *>(m_tabs->widget(index)));
    if (!tab)
        return false;
    if (hasUnsavedText(*tab)) {
        askToClose(index);
        return false;
    }
    removeTab(index);
    return true;
}

bool EditorArea::closeFile(const QString &path)
{
    const int index = indexOf(path);
    return index >= 0 && closeTab(index);
}

void EditorArea::askToClose(int index)
{
    if (m_closeQuestion) {
        m_closeQuestion->raise();
        return;
    }
    m_tabs->setCurrentIndex(index);
    const Tab *tab = tabFor(qobject_cast<const CodeEditor *>(m_tabs->widget(index)));
    auto *question = new QMessageBox(QMessageBox::Question, tr("Save Changes?"),
                                     tr("%1 has changes that are not saved. Save them before closing?").arg(tab->path),
                                     QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    question->setObjectName(QStringLiteral("closeQuestion"));
    question->setInformativeText(tr("Discard closes the file and loses the changes."));
    question->setDefaultButton(QMessageBox::Save);
    question->setEscapeButton(QMessageBox::Cancel);
    question->setWindowModality(Qt::WindowModal);
    question->setAttribute(Qt::WA_DeleteOnClose);
    m_closeQuestion = question;
    const QPointer<CodeEditor> editor = tab->editor;
    connect(question, &QMessageBox::buttonClicked, this, [this, question, editor](QAbstractButton *button) {
        Tab *asked = tabFor(editor.data());
        if (!asked)
            return;
        switch (question->standardButton(button)) {
        case QMessageBox::Save:
            if (saveTab(*asked))
                removeTab(m_tabs->indexOf(asked->editor));
            break;
        case QMessageBox::Discard:
            removeTab(m_tabs->indexOf(asked->editor));
            break;
        default:
            break;
        }
    });
    question->open();
}

void EditorArea::removeTab(int index)
{
    auto *editor = qobject_cast<CodeEditor *>(m_tabs->widget(index));
    m_tabs->removeTab(index);
    const auto found = std::find_if(m_openTabs.begin(), m_openTabs.end(),
                                    [editor](const std::unique_ptr<Tab> &tab) { return tab->editor == editor; });
    if (found != m_openTabs.end())
        m_openTabs.erase(found);
    if (m_findBar->editor() == editor)
        m_findBar->setEditor(currentEditor());
    // Later: this may run inside one of the editor's own event handlers.
    if (editor)
        editor->deleteLater();
    updateTabTitles();
}

void EditorArea::updateTabTitles()
{
    QHash<QString, int> nameCount;
    for (const std::unique_ptr<Tab> &tab : m_openTabs)
        ++nameCount[QFileInfo(tab->path).fileName()];
    for (const std::unique_ptr<Tab> &tab : m_openTabs) {
        const int index = m_tabs->indexOf(tab->editor);
        if (index < 0)
            continue;
        const QString name = QFileInfo(tab->path).fileName();
        // Two __init__.py tabs need their folders to be told apart.
        QString title = nameCount.value(name) > 1 ? tab->path : name;
        if (tab->editor->document()->isModified())
            title = tr("%1 •", "tab title of a file with unsaved changes").arg(title);
        // A single '&' would become a mnemonic.
        title.replace(u'&', QStringLiteral("&&"));
        m_tabs->setTabText(index, title);
        m_tabs->setTabToolTip(index, tab->path);
    }
}

void EditorArea::setNotice(Tab &tab, Notice notice, const QString &text)
{
    tab.notice = notice;
    tab.noticeText = text;
    if (tab.editor == currentEditor())
        showNoticeOfCurrent();
}

void EditorArea::showNoticeOfCurrent()
{
    const Tab *tab = tabFor(currentEditor());
    if (!tab || tab->notice == Notice::None) {
        m_noticeBar->hide();
        m_noticeLabel->clear();
        return;
    }
    m_noticeLabel->setText(tab->noticeText);
    const bool changed = tab->notice == Notice::ChangedInProject;
    m_reloadButton->setVisible(changed);
    m_keepButton->setVisible(changed);
    m_dismissButton->setVisible(!changed);
    m_noticeBar->show();
}

QString EditorArea::noticeText() const
{
    return m_noticeBar->isHidden() ? QString() : m_noticeLabel->text();
}

void EditorArea::reloadCurrentFromProject()
{
    Tab *tab = tabFor(currentEditor());
    if (!tab || isStreaming(tab->path))
        return;
    tab->stashedText.reset();
    loadFromProject(*tab);
    setNotice(*tab, Notice::None, {});
}

void EditorArea::restoreStashedText(Tab &tab)
{
    // The person's text, even where the project has none: it is theirs to save.
    tab.unloadedText.clear();
    tab.placeholder = false;
    tab.editor->document()->setUndoRedoEnabled(true);
    tab.editor->setPlainText(*tab.stashedText);
    updateReadOnly(tab);
    tab.editor->document()->setModified(true);
    tab.stashedText.reset();
}

void EditorArea::keepCurrentText()
{
    Tab *tab = tabFor(currentEditor());
    if (!tab || isStreaming(tab->path))
        return;
    if (tab->stashedText)
        restoreStashedText(*tab);
    setNotice(*tab, Notice::None, {});
}

void EditorArea::currentTabChanged()
{
    CodeEditor *editor = currentEditor();
    m_findBar->setEditor(editor);
    showNoticeOfCurrent();
    Q_EMIT currentFileChanged(currentPath());
}

void EditorArea::cycleTabs(int step)
{
    const int count = m_tabs->count();
    if (count < 2)
        return;
    m_tabs->setCurrentIndex((m_tabs->currentIndex() + step + count) % count);
    m_tabs->currentWidget()->setFocus(Qt::TabFocusReason);
}

void EditorArea::showGoToLine()
{
    CodeEditor *editor = currentEditor();
    if (!editor)
        return;
    auto *dialog = new GoToLineDialog(editor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

bool EditorArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tabs->tabBar() && event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::MiddleButton) {
            const int index = m_tabs->tabBar()->tabAt(mouse->position().toPoint());
            if (index >= 0) {
                closeTab(index);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EditorArea::projectFileChanged(const QString &path)
{
    Tab *tab = tabFor(path);
    if (!tab || isStreaming(path) || !m_session)
        return;
    const PackageFile *file = m_session->project().package().file(path);
    if (tab->placeholder || lacksContent(file)) {
        if (!tab->editor->document()->isModified())
            loadFromProject(*tab);
        return;
    }
    const QString text = QString::fromUtf8(file->content);
    // Our own save comes back this way too.
    if (tab->editor->toPlainText() == text)
        return;
    if (!tab->editor->document()->isModified()) {
        loadFromProject(*tab);
        return;
    }
    setNotice(*tab, Notice::ChangedInProject,
              tr("%1 was changed in the project while you edited it. Reload takes the project's text; Keep Mine "
                 "keeps yours (saving it replaces the project's).")
                  .arg(path));
}

void EditorArea::projectFileRemoved(const QString &path)
{
    Tab *tab = tabFor(path);
    if (!tab)
        return;
    if (!tab->editor->document()->isModified()) {
        removeTab(m_tabs->indexOf(tab->editor));
        return;
    }
    setNotice(*tab, Notice::Message,
              tr("%1 was removed from the project. Save to add your text back, or close the file.").arg(path));
}

void EditorArea::followStage(PipelineStage *stage)
{
    if (!stage || m_followedStages.contains(stage))
        return;
    m_followedStages.append(stage);
    connect(stage, &PipelineStage::fileStarted, this, [this, stage](const QString &path) {
        m_streamingStage.insert(path, stage);
        streamStarted(path);
    });
    connect(stage, &PipelineStage::textReceived, this, &EditorArea::streamText);
    connect(stage, &PipelineStage::retryScheduled, this, [this](const QString &path) { streamRestarted(path); });
    connect(stage, &PipelineStage::fileFinished, this, [this](const QString &path) { streamFinished(path); });
    connect(stage, &PipelineStage::finished, this, [this, stage] { stageEnded(stage); });
    connect(stage, &PipelineStage::failed, this, [this, stage] { stageEnded(stage); });
    connect(stage, &QObject::destroyed, this, [this, stage] { stageEnded(stage); });
}

bool EditorArea::isStreaming(const QString &path) const
{
    return m_streamingStage.contains(path);
}

void EditorArea::streamStarted(const QString &path)
{
    m_streamText.remove(path);
    m_pendingText.remove(path);
    if (Tab *tab = tabFor(path))
        beginStreamingInto(*tab);
}

void EditorArea::beginStreamingInto(Tab &tab)
{
    CodeEditor *editor = tab.editor;
    if (editor->document()->isModified() && !tab.stashedText)
        tab.stashedText = editor->toPlainText();
    tab.unloadedText.clear();
    editor->setReadOnly(true);
    // The stream is not the person's work: nothing to undo, nothing to save.
    editor->document()->setUndoRedoEnabled(false);
    editor->setPlainText(m_streamText.value(tab.path));
    editor->document()->setModified(false);
    editor->setPlaceholderText(tr("%1 is being generated…").arg(tab.path));
    m_pendingText.remove(tab.path);
    setNotice(tab, Notice::Message,
              tr("%1 is being generated. It can be edited when the model is done.").arg(tab.path));
}

void EditorArea::streamText(const QString &path, const QString &delta)
{
    if (!m_streamingStage.contains(path) || delta.isEmpty())
        return;
    m_streamText[path].append(delta);
    if (!tabFor(path))
        return;
    m_pendingText[path].append(delta);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void EditorArea::flushStreams()
{
    const QHash<QString, QString> pending = std::exchange(m_pendingText, {});
    for (auto text = pending.cbegin(); text != pending.cend(); ++text) {
        Tab *tab = tabFor(text.key());
        if (!tab)
            continue;
        CodeEditor *editor = tab->editor;
        QScrollBar *scroll = editor->verticalScrollBar();
        // Follow the stream only when the person has not scrolled away from its end.
        const bool following = scroll->value() == scroll->maximum();
        QTextCursor cursor(editor->document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(text.value());
        editor->document()->setModified(false);
        if (following)
            scroll->setValue(scroll->maximum());
    }
}

void EditorArea::streamRestarted(const QString &path)
{
    // A retry streams the file from its beginning again.
    if (!m_streamingStage.contains(path))
        return;
    m_streamText.remove(path);
    m_pendingText.remove(path);
    if (Tab *tab = tabFor(path)) {
        tab->editor->setPlainText(QString());
        tab->editor->document()->setModified(false);
    }
}

void EditorArea::streamFinished(const QString &path)
{
    if (!m_streamingStage.remove(path))
        return;
    m_streamText.remove(path);
    m_pendingText.remove(path);
    Tab *tab = tabFor(path);
    if (!tab)
        return;
    loadFromProject(*tab);
    setNotice(*tab, Notice::None, {});
    if (tab->stashedText) {
        if (*tab->stashedText == tab->editor->toPlainText())
            tab->stashedText.reset();
        else
            setNotice(*tab, Notice::ChangedInProject,
                      tr("%1 was generated again while you had unsaved changes. Reload keeps the new text; Keep "
                         "Mine brings yours back.")
                          .arg(path));
    }
}

void EditorArea::stageEnded(PipelineStage *stage)
{
    // Files the stage did not finish (cancelled, failed) go back to what the project holds.
    const QStringList paths = m_streamingStage.keys(stage);
    for (const QString &path : paths)
        streamFinished(path);
    m_followedStages.removeIf(
        [stage](const QPointer<PipelineStage> &followed) { return followed.isNull() || followed == stage; });
}

} // namespace Pygen
