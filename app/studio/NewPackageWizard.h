#pragma once

#include <QFutureWatcher>
#include <QMessageBox>
#include <QPointer>
#include <QWizard>

#include <memory>

namespace Pygen {

class ProjectSession;
class StudioServices;
class WizardDraft;

// The new-package wizard: idea, features, model, options, then (unless the person turned review
// off) the enhanced request and the plan for review and editing, and generation, which goes on
// in the main window. A spec or plan file opened first pre-fills the pages.
class NewPackageWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewPackageWizard)

public:
    enum Page { IdeaPageId, FeaturesPageId, ModelPageId, OptionsPageId, EnhancementPageId, PlanPageId, GeneratePageId };

    explicit NewPackageWizard(StudioServices &services, QWidget *parent = nullptr);
    ~NewPackageWizard() override;

    WizardDraft &draft() const { return *m_draft; }

    // Reads a spec or plan JSON file in the background and pre-fills the pages from it; ends with
    // fileLoaded or fileLoadFailed (the message names each problem and its field).
    void loadFile(const QString &path);

    int nextId() const override;

    // What a spec or plan file gave (public for the reader that runs in a worker thread).
    struct LoadedFile;

Q_SIGNALS:
    void fileLoaded(const QString &path);
    void fileLoadFailed(const QString &path, const QString &message);
    // Generation has started on this session: the main window takes it from here.
    void generationStarted(std::shared_ptr<Pygen::ProjectSession> session);

public Q_SLOTS:
    // Cancel, Esc and the close button: once a project was made, asks first, in a question
    // (object name "closeWizardQuestion") that stays open until answered.
    void reject() override;

protected:
    void done(int result) override;

private:
    void applyLoadedFile();
    void closeKeepingProject();

    WizardDraft *m_draft;
    QFutureWatcher<std::shared_ptr<LoadedFile>> m_loadWatcher;
    QPointer<QMessageBox> m_closeQuestion;
};

} // namespace Pygen
