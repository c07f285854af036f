#include "NewPackageWizard.h"

#include "EnhancementReviewPage.h"
#include "FeaturesPage.h"
#include "GeneratePage.h"
#include "IdeaPage.h"
#include "ModelPage.h"
#include "OptionsPage.h"
#include "PlanReviewPage.h"
#include "StudioServices.h"
#include "WizardDraft.h"
#include "pipeline/PlanReader.h"
#include "project/ProjectSession.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Pygen {

// What a spec or plan file gave: one of the two, or the problems that stopped both readers.
struct NewPackageWizard::LoadedFile
{
    QString path;
    std::optional<Spec> spec;
    std::optional<Plan> plan;
    QString errorMessage;
};

namespace {

std::shared_ptr<NewPackageWizard::LoadedFile> readSpecOrPlan(const QString &path);

} // namespace

NewPackageWizard::NewPackageWizard(StudioServices &services, QWidget *parent)
    : QWizard(parent)
    , m_draft(new WizardDraft(services, this))
{
    setWindowTitle(tr("New Package"));
    setAccessibleName(tr("New package wizard"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    m_draft->pauseForReview = true;
    setPage(IdeaPageId, new IdeaPage(*m_draft));
    setPage(FeaturesPageId, new FeaturesPage(*m_draft));
    setPage(ModelPageId, new ModelPage(*m_draft));
    setPage(OptionsPageId, new OptionsPage(*m_draft));
    setPage(EnhancementPageId, new EnhancementReviewPage(*m_draft));
    setPage(PlanPageId, new PlanReviewPage(*m_draft));
    setPage(GeneratePageId, new GeneratePage(*m_draft));
    setStartId(IdeaPageId);
    connect(&m_loadWatcher, &QFutureWatcher<std::shared_ptr<LoadedFile>>::finished, this,
            &NewPackageWizard::applyLoadedFile);
    resize(820, 640);
}

NewPackageWizard::~NewPackageWizard()
{
    // A run the wizard started but did not hand over stops with the wizard.
    if (m_draft->session() && m_draft->session()->isRunning() && m_draft->session().use_count() == 1)
        m_draft->session()->cancel();
}

int NewPackageWizard::nextId() const
{
    switch (currentId()) {
    case OptionsPageId:
        return m_draft->pauseForReview ? EnhancementPageId : GeneratePageId;
    case GeneratePageId:
        return -1;
    default:
        return QWizard::nextId();
    }
}

void NewPackageWizard::done(int result)
{
    QWizard::done(result);
    // A page that is still validating (the generate page starts the run first) keeps it open.
    if (isVisible())
        return;
    if (result == QDialog::Accepted && m_draft->session())
        Q_EMIT generationStarted(m_draft->session());
    else if (m_draft->session() && m_draft->session()->isRunning())
        m_draft->session()->cancel();
}

void NewPackageWizard::reject()
{
    // Before a project exists nothing is lost; after, the person should know where it stays.
    const std::shared_ptr<ProjectSession> session = m_draft->session();
    if (!session) {
        QWizard::reject();
        return;
    }
    if (m_closeQuestion) {
        m_closeQuestion->raise();
        m_closeQuestion->activateWindow();
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Close the Wizard"),
        tr("Close the wizard? The project in %1 keeps what was done so far; open it later with File › Open Recent.")
            .arg(QDir::toNativeSeparators(session->project().folder())),
        QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(u"closeWizardQuestion"_s);
    QPushButton *close = box->addButton(tr("&Close Wizard"), QMessageBox::AcceptRole);
    QPushButton *keep = box->addButton(tr("&Keep Working"), QMessageBox::RejectRole);
    close->setObjectName(u"closeWizard"_s);
    keep->setObjectName(u"keepWorking"_s);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    connect(box, &QMessageBox::finished, this, [this, box, close] {
        if (box->clickedButton() == close)
            closeKeepingProject();
    });
    m_closeQuestion = box;
    box->open();
}

void NewPackageWizard::closeKeepingProject()
{
    // The review pages store their edits in cleanupPage() when nothing runs; a run they started
    // is cancelled there, and any other one here.
    if (QWizardPage *page = currentPage())
        page->cleanupPage();
    if (m_draft->session() && m_draft->session()->isRunning())
        m_draft->session()->cancel();
    QWizard::reject();
}

void NewPackageWizard::loadFile(const QString &path)
{
    m_loadWatcher.setFuture(QtConcurrent::run(readSpecOrPlan, path));
}

void NewPackageWizard::applyLoadedFile()
{
    const std::shared_ptr<LoadedFile> loaded = m_loadWatcher.result();
    if (!loaded->errorMessage.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot use this file"), loaded->errorMessage,
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        Q_EMIT fileLoadFailed(loaded->path, loaded->errorMessage);
        return;
    }
    if (loaded->spec) {
        m_draft->spec = *loaded->spec;
        m_draft->importedPlan.reset();
    } else if (loaded->plan) {
        // A plan alone names the package and says what it is for; its modules' purposes stand
        // in for the features, and planning is skipped.
        Spec spec;
        spec.name = loaded->plan->distributionName;
        spec.description = loaded->plan->summary;
        for (const PlannedFile &file : loaded->plan->files) {
            if (file.role == FileRole::Module && !file.purpose.trimmed().isEmpty())
                spec.features.append(file.purpose.trimmed());
        }
        m_draft->spec = spec;
        m_draft->importedPlan = loaded->plan;
    }
    restart();
    Q_EMIT fileLoaded(loaded->path);
}

namespace {

std::shared_ptr<NewPackageWizard::LoadedFile> readSpecOrPlan(const QString &path)
{
    auto loaded = std::make_shared<NewPackageWizard::LoadedFile>();
    loaded->path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        loaded->errorMessage = NewPackageWizard::tr("Could not read %1: %2.").arg(path, file.errorString());
        return loaded;
    }
    // No spec or plan comes near this; a larger file is not one.
    const QByteArray bytes = file.read(4 * 1024 * 1024 + 1);
    if (bytes.size() > 4 * 1024 * 1024) {
        loaded->errorMessage = NewPackageWizard::tr("%1 is too large for a spec or plan file.").arg(path);
        return loaded;
    }
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    const bool looksLikePlan =
        object.contains(QStringLiteral("files")) || object.contains(QStringLiteral("planVersion"));
    if (looksLikePlan) {
        const PlanReader::Result plan = PlanReader::fromJson(bytes);
        if (plan.plan)
            loaded->plan = plan.plan;
        else
            loaded->errorMessage =
                NewPackageWizard::tr("%1 is not a usable plan:\n%2").arg(path, plan.errors.join(QLatin1Char('\n')));
        return loaded;
    }
    const SpecReader::Result spec = SpecReader::fromJson(bytes);
    if (spec.spec)
        loaded->spec = spec.spec;
    else
        loaded->errorMessage = NewPackageWizard::tr("%1 is not a usable package request (spec):\n%2")
                                   .arg(path, spec.errors.join(QLatin1Char('\n')));
    return loaded;
}

} // namespace

} // namespace Pygen
