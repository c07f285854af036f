#include "ModelPage.h"

#include "FieldProblemLabel.h"
#include "StudioServices.h"
#include "WizardDraft.h"
#include "llm/ModelListReply.h"
#include "llm/ModelPullReply.h"
#include "llm/OllamaClient.h"
#include "llm/ProviderClient.h"
#include "llm/ProviderPreset.h"
#include "llm/ProviderSettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Pygen {

namespace {

constexpr int contextLengthRole = Qt::UserRole + 1;
// The progress bar counts in thousandths, so huge byte counts fit in its int range.
constexpr int pullSteps = 1000;
const QString suggestedPullModel = u"qwen2.5-coder:7b"_s;

QString contextSize(int tokens)
{
    constexpr int kibi = 1024;
    if (tokens >= kibi * kibi && tokens % (kibi * kibi) == 0)
        return ModelPage::tr("%1M").arg(tokens / (kibi * kibi));
    if (tokens >= kibi && tokens % kibi == 0)
        return ModelPage::tr("%1k").arg(tokens / kibi);
    if (tokens >= 1000)
        return ModelPage::tr("%1k").arg(qRound(tokens / 1000.0));
    return QString::number(tokens);
}

// Ollama calls "llama3" and "llama3:latest" the same model.
bool sameModel(const QString &listed, const QString &wanted)
{
    return listed == wanted || listed == wanted + u":latest"_s;
}

QWidget *row(QWidget *parent, const QList<QWidget *> &widgets, int stretchIndex = 0)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < widgets.size(); ++i)
        layout->addWidget(widgets.at(i), i == stretchIndex ? 1 : 0);
    return box;
}

QWidget *column(QWidget *parent, const QList<QWidget *> &widgets)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : widgets)
        layout->addWidget(widget);
    return box;
}

} // namespace

ModelPage::ModelPage(WizardDraft &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_provider(new QComboBox(this))
    , m_baseUrl(new QLineEdit(this))
    , m_baseUrlProblem(new FieldProblemLabel(m_baseUrl, this))
    , m_apiKeyLabel(new QLabel(tr("API &key:"), this))
    , m_apiKey(new QLineEdit(this))
    , m_saveKey(new QPushButton(tr("&Save Key"), this))
    , m_keyNotice(new QLabel(this))
    , m_model(new QComboBox(this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_status(new FieldProblemLabel(m_model, this))
    , m_pullName(new QLineEdit(suggestedPullModel, this))
    , m_pull(new QPushButton(tr("Pu&ll Model"), this))
    , m_cancelPull(new QPushButton(tr("Stop Pull&ing"), this))
    , m_pullProgress(new QProgressBar(this))
    , m_pullStatus(new QLabel(this))
    , m_refreshTimer(new QTimer(this))
{
    setTitle(tr("Model"));
    setSubTitle(tr("Choose who writes the package: a model on this machine through Ollama, or a cloud provider."));

    for (const ProviderPreset &preset : ProviderPreset::all())
        m_provider->addItem(preset.displayName, preset.id);
    m_baseUrl->setClearButtonEnabled(true);
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setClearButtonEnabled(true);
    m_keyNotice->setWordWrap(true);
    m_keyNotice->setAccessibleName(tr("Key notice"));
    m_keyNotice->hide();
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_model->setMinimumContentsLength(24);
    m_test->setToolTip(tr("Ask the provider for its models now"));
    m_status->setAccessibleName(tr("Connection status"));

    // Offered when no Ollama answers on a first run.
    m_cloudChoices = new QWidget(this);
    auto *cloudLayout = new QHBoxLayout(m_cloudChoices);
    cloudLayout->setContentsMargins(0, 0, 0, 0);
    const QList<std::pair<QString, QString>> cloud{
        {u"groq"_s, tr("Use &Groq")},
        {u"gemini"_s, tr("Use Google G&emini")},
        {u"custom"_s, tr("Use an OpenAI-&compatible server")},
    };
    for (const auto &[id, text] : cloud) {
        auto *button = new QPushButton(text, m_cloudChoices);
        button->setObjectName(u"use-"_s + id);
        connect(button, &QPushButton::clicked, this, [this, id] { chooseProvider(id); });
        cloudLayout->addWidget(button);
    }
    cloudLayout->addStretch(1);
    m_cloudChoices->hide();

    // Offered when Ollama answers but has no model yet.
    m_pullBox = new QWidget(this);
    auto *pullLayout = new QFormLayout(m_pullBox);
    pullLayout->setContentsMargins(0, 0, 0, 0);
    auto *pullLabel = new QLabel(tr("Model to &pull:"), m_pullBox);
    pullLabel->setBuddy(m_pullName);
    m_pullProgress->setAccessibleName(tr("Pull progress"));
    m_pullProgress->setRange(0, pullSteps);
    m_pullProgress->setValue(0);
    m_pullStatus->setWordWrap(true);
    m_pullStatus->setAccessibleName(tr("Pull status"));
    m_cancelPull->setEnabled(false);
    pullLayout->addRow(pullLabel, row(m_pullBox, {m_pullName, m_pull, m_cancelPull}));
    pullLayout->addRow(m_pullProgress);
    pullLayout->addRow(m_pullStatus);
    m_pullBox->hide();

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *providerLabel = new QLabel(tr("P&rovider:"), this);
    providerLabel->setBuddy(m_provider);
    form->addRow(providerLabel, m_provider);
    auto *urlLabel = new QLabel(tr("Base &URL:"), this);
    urlLabel->setBuddy(m_baseUrl);
    form->addRow(urlLabel, column(this, {m_baseUrl, m_baseUrlProblem}));
    m_apiKeyLabel->setBuddy(m_apiKey);
    m_apiKeyRow = column(this, {row(this, {m_apiKey, m_saveKey}), m_keyNotice});
    form->addRow(m_apiKeyLabel, m_apiKeyRow);
    auto *modelLabel = new QLabel(tr("M&odel:"), this);
    modelLabel->setBuddy(m_model);
    form->addRow(modelLabel, row(this, {m_model, m_test}));
    form->addRow(m_status);
    form->addRow(m_cloudChoices);
    form->addRow(m_pullBox);

    setTabOrder(m_provider, m_baseUrl);
    setTabOrder(m_baseUrl, m_apiKey);
    setTabOrder(m_apiKey, m_saveKey);
    setTabOrder(m_saveKey, m_model);
    setTabOrder(m_model, m_test);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(refreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &ModelPage::refreshModels);
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_settingProvider)
            providerChosen();
    });
    connect(m_baseUrl, &QLineEdit::textEdited, this, &ModelPage::scheduleRefresh);
    connect(m_apiKey, &QLineEdit::textEdited, this, &ModelPage::scheduleRefresh);
    connect(m_saveKey, &QPushButton::clicked, this, &ModelPage::storeKey);
    connect(m_test, &QPushButton::clicked, this, &ModelPage::refreshModels);
    connect(m_model, &QComboBox::currentIndexChanged, this, &ModelPage::completeChanged);
    connect(m_pull, &QPushButton::clicked, this, &ModelPage::startPull);
    connect(m_pullName, &QLineEdit::returnPressed, this, &ModelPage::startPull);
    connect(m_cancelPull, &QPushButton::clicked, this, &ModelPage::cancelPull);
}

ModelPage::~ModelPage()
{
    cancelPull();
    cancelListing();
}

QString ModelPage::modelLabel(const ModelInfo &model)
{
    if (!model.contextLength)
        return model.id;
    return tr("%1 — %2 context").arg(model.id, contextSize(*model.contextLength));
}

void ModelPage::initializePage()
{
    const QString providerId = m_draft.provider.preset.id.isEmpty()
        ? m_draft.services().providerSettings().defaultProviderId()
        : m_draft.provider.preset.id;
    chooseProvider(providerId);
    // A configuration the draft already holds (a second visit) keeps its address and key.
    if (m_draft.provider.preset.id == providerId) {
        const QString address = m_draft.provider.baseUrl.toString();
        const bool otherAddress = m_draft.provider.baseUrl.isValid() && address != m_baseUrl->text();
        if (otherAddress)
            m_baseUrl->setText(address);
        if (!m_draft.provider.apiKey.isEmpty())
            m_apiKey->setText(m_draft.provider.apiKey);
        if (otherAddress)
            refreshModels();
    }
}

void ModelPage::chooseProvider(const QString &providerId)
{
    int index = m_provider->findData(providerId);
    if (index < 0)
        index = m_provider->findData(u"ollama"_s);
    m_settingProvider = true;
    m_provider->setCurrentIndex(index);
    m_settingProvider = false;
    providerChosen();
}

void ModelPage::providerChosen()
{
    const int generation = ++m_providerGeneration;
    cancelPull();
    cancelListing();
    m_refreshTimer->stop();
    m_model->clear();
    setListStale(true);
    m_cloudChoices->hide();
    m_pullBox->hide();
    m_keyNotice->hide();
    m_baseUrlProblem->clearMessage();

    const QString id = m_provider->currentData().toString();
    const ProviderConfiguration configuration = m_draft.services().configurationFor(id);
    m_baseUrl->setText(configuration.baseUrl.toString());
    m_baseUrl->setPlaceholderText(configuration.baseUrl.isEmpty() ? tr("http://host:port/v1") : QString());
    // The custom server may want a key even though no preset says so.
    const bool showKey = configuration.preset.requiresKey || id == u"custom";
    m_apiKeyLabel->setVisible(showKey);
    m_apiKeyRow->setVisible(showKey);
    m_apiKey->clear();
    m_resolvedKey.clear();
    m_apiKey->setPlaceholderText(configuration.preset.requiresKey ? tr("Required") : tr("Optional"));

    if (!showKey) {
        refreshModels();
        return;
    }
    setStatus(tr("Looking for the key for %1…").arg(configuration.preset.displayName), false);
    m_draft.services().resolveProvider(
        id, this, [this, generation](const ProviderConfiguration &resolved, const QString &notice) {
            if (generation != m_providerGeneration)
                return;
            m_resolvedKey = resolved.apiKey;
            if (m_apiKey->text().isEmpty())
                m_apiKey->setText(resolved.apiKey);
            m_keyNotice->setText(notice);
            m_keyNotice->setVisible(!notice.isEmpty());
            refreshModels();
        });
}

ProviderConfiguration ModelPage::configuration() const
{
    ProviderConfiguration result = m_draft.services().configurationFor(m_provider->currentData().toString());
    const QString address = m_baseUrl->text().trimmed();
    result.baseUrl = address.isEmpty() ? QUrl() : QUrl::fromUserInput(address);
    result.apiKey = m_apiKey->text().trimmed();
    return result;
}

void ModelPage::scheduleRefresh()
{
    cancelListing();
    setListStale(true);
    m_refreshTimer->start();
}

void ModelPage::setListStale(bool stale)
{
    if (m_listStale == stale)
        return;
    m_listStale = stale;
    Q_EMIT completeChanged();
}

void ModelPage::cancelListing()
{
    if (m_listReply) {
        disconnect(m_listReply, nullptr, this, nullptr);
        m_listReply->cancel();
        m_listReply->deleteLater();
    }
    m_listReply = nullptr;
}

void ModelPage::refreshModels()
{
    m_refreshTimer->stop();
    cancelListing();
    m_cloudChoices->hide();
    const ProviderConfiguration configuration = this->configuration();
    if (const QString problem = configuration.problem(); !problem.isEmpty()) {
        m_model->clear();
        setListStale(false);
        // An address problem goes beside the address; others (a missing key …) in the status.
        if (!configuration.baseUrl.isValid() || configuration.baseUrl.host().isEmpty()) {
            m_baseUrlProblem->setProblem(problem);
            m_status->clearMessage();
        } else {
            m_baseUrlProblem->clearMessage();
            setStatus(problem, true);
        }
        Q_EMIT modelsRefreshed();
        return;
    }
    m_baseUrlProblem->clearMessage();
    // A pull belongs to the client that started it: keep that client while it runs.
    if (m_client && !m_pullReply)
        m_client->deleteLater();
    m_client = ProviderClient::create(configuration, &m_draft.services().network(), this);
    setStatus(
        tr("Asking %1 at %2 for its models…").arg(configuration.preset.displayName, configuration.displayBaseUrl()),
        false);
    m_listReply = m_client->listModels();
    ModelListReply *reply = m_listReply;
    connect(reply, &ModelListReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_listReply = nullptr;
        if (reply->error().isError())
            showListError(reply->error());
        else
            showModels(reply->models(), reply->serverVersion());
        setListStale(false);
        Q_EMIT modelsRefreshed();
    });
}

void ModelPage::showModels(const QList<ModelInfo> &models, const QString &serverVersion)
{
    const QString previous = m_model->currentData().toString();
    const QString id = m_provider->currentData().toString();
    m_model->clear();
    for (const ModelInfo &model : models) {
        m_model->addItem(modelLabel(model), model.id);
        const int index = m_model->count() - 1;
        if (model.contextLength)
            m_model->setItemData(index, *model.contextLength, contextLengthRole);
        if (!model.details.isEmpty())
            m_model->setItemData(index, model.details, Qt::ToolTipRole);
    }

    const ProviderConfiguration configuration = this->configuration();
    if (models.isEmpty()) {
        if (configuration.preset.kind == ProviderKind::Ollama) {
            setStatus(tr("Ollama answers at %1 but has no models yet. Pull one below; it can take a while.")
                          .arg(configuration.displayBaseUrl()),
                      true);
            m_pullBox->show();
        } else {
            setStatus(tr("%1 at %2 offers no models. Check the address, or choose another provider.")
                          .arg(configuration.preset.displayName, configuration.displayBaseUrl()),
                      true);
        }
        return;
    }
    if (!m_pullReply)
        m_pullBox->hide();

    // What the person chose before, then the draft's model, then the one they used last time.
    QStringList preferred{previous};
    if (m_draft.provider.preset.id == id)
        preferred.append(m_draft.model);
    preferred.append(m_draft.services().providerSettings().defaultModel(id));
    if (!m_pullName->text().trimmed().isEmpty() && m_pullProgress->value() == pullSteps)
        preferred.prepend(m_pullName->text().trimmed());
    int chosen = 0;
    for (const QString &wanted : std::as_const(preferred)) {
        if (wanted.isEmpty())
            continue;
        const auto found = std::find_if(models.cbegin(), models.cend(),
                                        [&wanted](const ModelInfo &model) { return sameModel(model.id, wanted); });
        if (found != models.cend()) {
            chosen = int(found - models.cbegin());
            break;
        }
    }
    m_model->setCurrentIndex(chosen);

    const QString count = tr("%n model(s)", nullptr, int(models.size()));
    setStatus(serverVersion.isEmpty() ? tr("Connected: %1.").arg(count)
                                      : tr("Connected: %1 (server %2).").arg(count, serverVersion),
              false);
}

void ModelPage::showListError(const ProviderError &error)
{
    m_model->clear();
    const ProviderConfiguration configuration = this->configuration();
    if (error.kind == ProviderError::Kind::ServiceUnreachable && configuration.preset.kind == ProviderKind::Ollama) {
        setStatus(tr("No Ollama at %1: start it with “ollama serve”, or choose a cloud provider below.")
                      .arg(configuration.displayBaseUrl()),
                  true);
        m_cloudChoices->show();
        return;
    }
    if (error.kind == ProviderError::Kind::Authentication || error.kind == ProviderError::Kind::MissingKey)
        m_apiKey->setFocus(Qt::OtherFocusReason);
    setStatus(error.message, true);
}

void ModelPage::setStatus(const QString &text, bool problem)
{
    if (problem)
        m_status->setProblem(text);
    else
        m_status->setNote(text);
}

void ModelPage::startPull()
{
    auto *ollama = qobject_cast<OllamaClient *>(m_client.data());
    const QString name = m_pullName->text().trimmed();
    if (!ollama || m_pullReply)
        return;
    if (name.isEmpty()) {
        m_pullStatus->setText(tr("Enter the name of a model, such as “%1”.").arg(suggestedPullModel));
        return;
    }
    m_pullReply = ollama->pullModel(name);
    ModelPullReply *reply = m_pullReply;
    m_pullProgress->setRange(0, 0); // busy until the server tells sizes
    m_pullStatus->setText(tr("Pulling %1…").arg(name));
    m_pull->setEnabled(false);
    m_cancelPull->setEnabled(true);
    connect(reply, &ModelPullReply::progressChanged, this,
            [this](const QString &status, qint64 completed, qint64 total) {
                if (total > 0) {
                    m_pullProgress->setRange(0, pullSteps);
                    m_pullProgress->setValue(int(std::min(completed, total) * pullSteps / total));
                }
                if (!status.isEmpty())
                    m_pullStatus->setText(status);
            });
    connect(reply, &ModelPullReply::finished, this, [this, reply, name] {
        reply->deleteLater();
        m_pullReply = nullptr;
        m_pull->setEnabled(true);
        m_cancelPull->setEnabled(false);
        m_pullProgress->setRange(0, pullSteps);
        if (reply->succeeded()) {
            m_pullProgress->setValue(pullSteps);
            m_pullStatus->setText(tr("%1 is ready.").arg(name));
            refreshModels();
        } else if (reply->error().isError()) {
            m_pullProgress->setValue(0);
            m_pullStatus->setText(reply->error().message);
        } else {
            m_pullProgress->setValue(0);
            m_pullStatus->setText(tr("The pull was stopped."));
        }
    });
}

void ModelPage::cancelPull()
{
    if (m_pullReply)
        m_pullReply->cancel();
}

void ModelPage::storeKey()
{
    const QString key = m_apiKey->text().trimmed();
    const QString id = m_provider->currentData().toString();
    if (key.isEmpty() || key == m_resolvedKey)
        return;
    m_resolvedKey = key;
    m_draft.services().credentials().storeKey(id, key, this, [this](bool permanently, const QString &notice) {
        m_keyNotice->setText(!notice.isEmpty() ? notice
                                 : permanently ? tr("The key is saved in the system keychain.")
                                               : tr("The key is kept until Pygen Studio closes."));
        m_keyNotice->show();
    });
}

bool ModelPage::isComplete() const
{
    return !m_listStale && m_model->currentIndex() >= 0 && !m_model->currentData().toString().isEmpty();
}

bool ModelPage::validatePage()
{
    if (!isComplete())
        return false;
    const ProviderConfiguration chosen = configuration();
    m_draft.provider = chosen;
    m_draft.model = m_model->currentData().toString();
    const QVariant context = m_model->currentData(contextLengthRole);
    m_draft.contextLength = context.isValid() ? std::optional<int>(context.toInt()) : std::nullopt;

    ProviderSettings &settings = m_draft.services().providerSettings();
    const QString id = chosen.preset.id;
    settings.setDefaultProviderId(id);
    settings.setBaseUrl(id, chosen.baseUrl == chosen.preset.defaultBaseUrl ? QUrl() : chosen.baseUrl);
    settings.setDefaultModel(id, m_draft.model);
    storeKey();
    return true;
}

} // namespace Pygen
