#include "SettingsDialog.h"

#include "StudioServices.h"
#include "llm/ProviderPreset.h"
#include "llm/ProviderSettings.h"
#include "llm/ResponseCache.h"
#include "pipeline/PipelinePreferences.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>

namespace Pygen {

namespace {

constexpr qint64 bytesPerMegabyte = 1024 * 1024;

const char errorProperty[] = "pygenErrorLabel";

// Palettes have no colour for errors; this red reads well on the window colour it is shown on.
void colourError(QLabel *label, const QPalette &base)
{
    QPalette palette = base;
    const bool dark = base.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb3, 0x26, 0x1e));
    label->setPalette(palette);
}

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setVisible(false);
    label->setProperty(errorProperty, true);
    colourError(label, parent->palette());
    return label;
}

void showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

// A page with its content at the top, scrolled when the dialog is small.
QWidget *scrolled(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    return area;
}

QSpinBox *spinBox(int minimum, int maximum, const QString &suffix = {})
{
    auto *box = new QSpinBox;
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    box->setGroupSeparatorShown(true);
    return box;
}

QDoubleSpinBox *secondsBox(double maximum)
{
    auto *box = new QDoubleSpinBox;
    box->setRange(0.0, maximum);
    box->setDecimals(1);
    box->setSingleStep(0.5);
    box->setSuffix(SettingsDialog::tr(" s"));
    return box;
}

} // namespace

SettingsDialog::SettingsDialog(StudioServices &services, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_pageList(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this))
{
    setWindowTitle(tr("Settings"));
    m_pageList->setAccessibleName(tr("Settings pages"));
    m_pageList->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_pageList->setMaximumWidth(180);

    addPage(createProvidersPage(), tr("Providers"));
    addPage(createKeysPage(), tr("API keys"));
    addPage(createDefaultsPage(), tr("Defaults"));
    addPage(createAppearancePage(), tr("Appearance"));
    addPage(createLanguagePage(), tr("Language"));
    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_pageList->setCurrentRow(0);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);

    auto *pagesLayout = new QHBoxLayout;
    pagesLayout->addWidget(m_pageList);
    pagesLayout->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pagesLayout, 1);
    layout->addWidget(m_buttons);
    resize(760, 560);

    connect(&m_usageWatcher, &QFutureWatcher<CacheUsage>::finished, this, &SettingsDialog::showCacheUsage);
    load();
    refreshCacheUsage();
    for (const QString &providerId : m_keyFields.keys())
        refreshKeyState(providerId);
}

// The count runs on the cache's own threads, which the cache (owned by the services, which
// outlive every dialog) waits for: nothing here needs to wait.
SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    // The error labels carry a palette of their own, so they follow light and dark by hand.
    if (event->type() == QEvent::PaletteChange) {
        for (QLabel *label : findChildren<QLabel *>()) {
            if (label->property(errorProperty).toBool())
                colourError(label, palette());
        }
    }
}

void SettingsDialog::addPage(QWidget *page, const QString &title)
{
    m_pages->addWidget(page);
    m_pageList->addItem(title);
}

void SettingsDialog::showPage(Page page)
{
    m_pageList->setCurrentRow(int(page));
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return Page(m_pages->currentIndex());
}

QWidget *SettingsDialog::createProvidersPage()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    auto *defaultForm = new QFormLayout;
    m_defaultProvider = new QComboBox(content);
    m_defaultProvider->setObjectName(QStringLiteral("defaultProvider"));
    for (const ProviderPreset &preset : ProviderPreset::all())
        m_defaultProvider->addItem(preset.displayName, preset.id);
    auto *defaultLabel = new QLabel(tr("&Default provider:"), content);
    defaultLabel->setBuddy(m_defaultProvider);
    defaultForm->addRow(defaultLabel, m_defaultProvider);
    m_defaultProviderError = errorLabel(content);
    m_defaultProviderError->setObjectName(QStringLiteral("defaultProviderError"));
    defaultForm->addRow(m_defaultProviderError);
    layout->addLayout(defaultForm);
    layout->addWidget(noteLabel(tr("Leave an address empty to use the provider's usual one, shown in grey. A model "
                                   "left empty is chosen when a project starts."),
                                content));

    for (const ProviderPreset &preset : ProviderPreset::all()) {
        auto *group = new QGroupBox(preset.displayName, content);
        auto *form = new QFormLayout(group);
        ProviderFields fields;
        fields.baseUrl = new QLineEdit(group);
        fields.baseUrl->setObjectName(u"baseUrl-" + preset.id);
        fields.baseUrl->setPlaceholderText(preset.defaultBaseUrl.isEmpty() ? tr("http://server:port/v1")
                                                                           : preset.defaultBaseUrl.toString());
        fields.baseUrl->setAccessibleName(tr("Address of %1").arg(preset.displayName));
        fields.baseUrl->setClearButtonEnabled(true);
        form->addRow(tr("Address:"), fields.baseUrl);
        fields.baseUrlError = errorLabel(group);
        fields.baseUrlError->setObjectName(u"baseUrlError-" + preset.id);
        form->addRow(fields.baseUrlError);
        fields.model = new QLineEdit(group);
        fields.model->setObjectName(u"model-" + preset.id);
        fields.model->setAccessibleName(tr("Default model of %1").arg(preset.displayName));
        fields.model->setClearButtonEnabled(true);
        form->addRow(tr("Model:"), fields.model);
        m_providerFields.insert(preset.id, fields);

        const QString providerId = preset.id;
        connect(fields.baseUrl, &QLineEdit::textChanged, this, [this, providerId] { validateBaseUrl(providerId); });
        layout->addWidget(group);
    }
    connect(m_defaultProvider, &QComboBox::currentIndexChanged, this,
            [this] { showError(m_defaultProviderError, {}); });
    layout->addStretch();
    return scrolled(content);
}

QWidget *SettingsDialog::createKeysPage()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(noteLabel(tr("Keys are saved at once in the system keychain, never in a settings file. An "
                                   "environment variable, when set, is used instead of the saved key."),
                                content));
    for (const ProviderPreset &preset : ProviderPreset::all()) {
        if (!preset.requiresKey)
            continue;
        auto *group = new QGroupBox(preset.displayName, content);
        auto *groupLayout = new QVBoxLayout(group);
        auto *row = new QHBoxLayout;
        KeyFields fields;
        fields.key = new QLineEdit(group);
        fields.key->setObjectName(u"key-" + preset.id);
        fields.key->setEchoMode(QLineEdit::Password);
        fields.key->setPlaceholderText(tr("Paste a new key"));
        fields.key->setAccessibleName(tr("API key for %1").arg(preset.displayName));
        fields.save = new QPushButton(tr("Save"), group);
        fields.save->setObjectName(u"saveKey-" + preset.id);
        fields.save->setAccessibleName(tr("Save the key for %1").arg(preset.displayName));
        fields.save->setEnabled(false);
        fields.remove = new QPushButton(tr("Remove"), group);
        fields.remove->setObjectName(u"removeKey-" + preset.id);
        fields.remove->setAccessibleName(tr("Remove the key for %1").arg(preset.displayName));
        row->addWidget(fields.key, 1);
        row->addWidget(fields.save);
        row->addWidget(fields.remove);
        groupLayout->addLayout(row);
        fields.state = noteLabel(tr("Checking…"), group);
        fields.state->setObjectName(u"keyState-" + preset.id);
        fields.state->setTextInteractionFlags(Qt::TextSelectableByMouse);
        groupLayout->addWidget(fields.state);
        m_keyFields.insert(preset.id, fields);

        const QString providerId = preset.id;
        connect(fields.key, &QLineEdit::textChanged, fields.save,
                [save = fields.save](const QString &text) { save->setEnabled(!text.trimmed().isEmpty()); });
        connect(fields.key, &QLineEdit::returnPressed, this, [this, providerId] { saveKey(providerId); });
        connect(fields.save, &QPushButton::clicked, this, [this, providerId] { saveKey(providerId); });
        connect(fields.remove, &QPushButton::clicked, this, [this, providerId] { removeKey(providerId); });
        layout->addWidget(group);
    }
    layout->addStretch();
    return scrolled(content);
}

QWidget *SettingsDialog::createDefaultsPage()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(noteLabel(tr("New projects start from these values."), content));

    auto *modelGroup = new QGroupBox(tr("Requests"), content);
    auto *modelForm = new QFormLayout(modelGroup);
    m_temperature = new QDoubleSpinBox(modelGroup);
    m_temperature->setObjectName(QStringLiteral("temperature"));
    m_temperature->setRange(0.0, 2.0);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(2);
    modelForm->addRow(tr("&Temperature:"), m_temperature);
    m_outputLimit = spinBox(256, 1'000'000, tr(" tokens"));
    m_outputLimit->setObjectName(QStringLiteral("outputLimit"));
    m_outputLimit->setSingleStep(1024);
    modelForm->addRow(tr("&Output limit:"), m_outputLimit);
    m_concurrency = spinBox(0, 64);
    m_concurrency->setObjectName(QStringLiteral("concurrency"));
    m_concurrency->setSpecialValueText(tr("Automatic"));
    m_concurrency->setToolTip(tr("Requests at once. Automatic: one for local servers, four for cloud providers."));
    modelForm->addRow(tr("&Concurrent requests:"), m_concurrency);
    m_firstByteTimeout = spinBox(1, 86'400, tr(" s"));
    m_firstByteTimeout->setObjectName(QStringLiteral("firstByteTimeout"));
    m_firstByteTimeout->setToolTip(tr("How long to wait for the first part of a reply. A local model may take "
                                      "minutes to load."));
    modelForm->addRow(tr("&First-byte timeout:"), m_firstByteTimeout);
    m_idleTimeout = spinBox(1, 86'400, tr(" s"));
    m_idleTimeout->setObjectName(QStringLiteral("idleTimeout"));
    m_idleTimeout->setToolTip(tr("How long a reply that has started may fall silent."));
    modelForm->addRow(tr("&Idle timeout:"), m_idleTimeout);
    layout->addWidget(modelGroup);

    auto *retryGroup = new QGroupBox(tr("Retries"), content);
    auto *retryForm = new QFormLayout(retryGroup);
    m_retryAttempts = spinBox(1, 20);
    m_retryAttempts->setObjectName(QStringLiteral("retryAttempts"));
    retryForm->addRow(tr("&Attempts:"), m_retryAttempts);
    m_retryInitialDelay = secondsBox(3600.0);
    m_retryInitialDelay->setObjectName(QStringLiteral("retryInitialDelay"));
    retryForm->addRow(tr("First &delay:"), m_retryInitialDelay);
    m_retryMaximumDelay = secondsBox(86'400.0);
    m_retryMaximumDelay->setObjectName(QStringLiteral("retryMaximumDelay"));
    retryForm->addRow(tr("&Longest delay:"), m_retryMaximumDelay);
    m_retryError = errorLabel(retryGroup);
    m_retryError->setObjectName(QStringLiteral("retryError"));
    retryForm->addRow(m_retryError);
    const auto checkDelays = [this] { showError(m_retryError, retryDelayProblem()); };
    connect(m_retryInitialDelay, &QDoubleSpinBox::valueChanged, this, checkDelays);
    connect(m_retryMaximumDelay, &QDoubleSpinBox::valueChanged, this, checkDelays);
    layout->addWidget(retryGroup);

    auto *pipelineGroup = new QGroupBox(tr("Pipeline"), content);
    auto *pipelineForm = new QFormLayout(pipelineGroup);
    m_smallContext = spinBox(0, 10'000'000, tr(" tokens"));
    m_smallContext->setObjectName(QStringLiteral("smallContext"));
    m_smallContext->setSingleStep(1024);
    m_smallContext->setToolTip(tr("Models with a smaller context than this get a compact summary of the package."));
    pipelineForm->addRow(tr("&Small context below:"), m_smallContext);
    m_planAttempts = spinBox(1, 20);
    m_planAttempts->setObjectName(QStringLiteral("planAttempts"));
    pipelineForm->addRow(tr("&Planning attempts:"), m_planAttempts);
    m_continuations = spinBox(0, 20);
    m_continuations->setObjectName(QStringLiteral("continuations"));
    m_continuations->setToolTip(tr("How often a file cut off by the output limit is continued."));
    pipelineForm->addRow(tr("Co&ntinuations per file:"), m_continuations);
    layout->addWidget(pipelineGroup);

    auto *cacheGroup = new QGroupBox(tr("Response cache"), content);
    auto *cacheForm = new QFormLayout(cacheGroup);
    m_useCache = new QCheckBox(tr("&Reuse replies to identical requests"), cacheGroup);
    m_useCache->setObjectName(QStringLiteral("useCache"));
    cacheForm->addRow(m_useCache);
    m_cacheLimit = spinBox(0, 1'000'000, tr(" MB"));
    m_cacheLimit->setObjectName(QStringLiteral("cacheLimit"));
    cacheForm->addRow(tr("Size &limit:"), m_cacheLimit);
    m_cacheUsage = new QLabel(tr("Counting…"), cacheGroup);
    m_cacheUsage->setObjectName(QStringLiteral("cacheUsage"));
    m_cacheUsage->setWordWrap(true);
    cacheForm->addRow(tr("In use:"), m_cacheUsage);
    m_clearCache = new QPushButton(tr("&Clear cache"), cacheGroup);
    m_clearCache->setObjectName(QStringLiteral("clearCache"));
    m_cacheMessage = noteLabel(QString(), cacheGroup);
    m_cacheMessage->setObjectName(QStringLiteral("cacheMessage"));
    auto *clearRow = new QHBoxLayout;
    clearRow->addWidget(m_clearCache);
    clearRow->addWidget(m_cacheMessage, 1);
    cacheForm->addRow(clearRow);
    connect(m_clearCache, &QPushButton::clicked, this, &SettingsDialog::clearCache);
    layout->addWidget(cacheGroup);

    layout->addStretch();
    return scrolled(content);
}

QWidget *SettingsDialog::createAppearancePage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_appearance = new QButtonGroup(page);
    const std::pair<StudioSettings::Appearance, QString> choices[] = {
        {StudioSettings::Appearance::FollowSystem, tr("&Follow the system")},
        {StudioSettings::Appearance::Light, tr("&Light")},
        {StudioSettings::Appearance::Dark, tr("&Dark")},
    };
    const QString names[] = {QStringLiteral("appearanceSystem"), QStringLiteral("appearanceLight"),
                             QStringLiteral("appearanceDark")};
    int index = 0;
    for (const auto &[appearance, label] : choices) {
        auto *button = new QRadioButton(label, page);
        button->setObjectName(names[index++]);
        m_appearance->addButton(button, int(appearance));
        layout->addWidget(button);
    }
    layout->addStretch();
    return page;
}

QWidget *SettingsDialog::createLanguagePage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("The system's language"), QString());
    // Each language under its own name, so a person who cannot read the current one finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    auto *label = new QLabel(tr("&Language:"), page);
    label->setBuddy(m_language);
    form->addRow(label, m_language);
    layout->addLayout(form);
    layout->addWidget(noteLabel(tr("A new language applies the next time Pygen Studio starts."), page));
    layout->addStretch();
    return page;
}

void SettingsDialog::load()
{
    ProviderSettings &providers = m_services.providerSettings();
    m_defaultProvider->setCurrentIndex(qMax(0, m_defaultProvider->findData(providers.defaultProviderId())));
    for (auto it = m_providerFields.cbegin(); it != m_providerFields.cend(); ++it) {
        const QUrl url = providers.baseUrl(it.key());
        it->baseUrl->setText(url.isEmpty() ? QString() : url.toString());
        it->model->setText(providers.defaultModel(it.key()));
    }

    const PipelinePreferences &preferences = m_services.pipelinePreferences();
    const PipelineSettings pipeline = preferences.pipelineSettings();
    m_temperature->setValue(pipeline.temperature);
    m_outputLimit->setValue(pipeline.maximumOutputTokens);
    m_concurrency->setValue(pipeline.concurrency);
    m_smallContext->setValue(pipeline.smallContextTokens);
    m_planAttempts->setValue(pipeline.maximumPlanAttempts);
    m_continuations->setValue(pipeline.maximumContinuations);
    m_useCache->setChecked(pipeline.useCache);
    const RetrySettings retry = preferences.retrySettings();
    m_retryAttempts->setValue(retry.maximumAttempts);
    m_retryInitialDelay->setValue(double(retry.initialDelay.count()) / 1000.0);
    m_retryMaximumDelay->setValue(double(retry.maximumDelay.count()) / 1000.0);
    m_firstByteTimeout->setValue(
        int(std::chrono::duration_cast<std::chrono::seconds>(preferences.firstByteTimeout()).count()));
    m_idleTimeout->setValue(int(std::chrono::duration_cast<std::chrono::seconds>(preferences.idleTimeout()).count()));
    m_cacheLimit->setValue(
        int(qMin<qint64>(preferences.cacheMaximumBytes() / bytesPerMegabyte, m_cacheLimit->maximum())));

    if (QAbstractButton *button = m_appearance->button(int(m_services.settings().appearance())))
        button->setChecked(true);
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_services.settings().language())));
}

QString SettingsDialog::baseUrlProblem(const QString &providerId, const QString &text) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString example =
        providerId == u"ollama" ? QStringLiteral("http://127.0.0.1:11434") : QStringLiteral("http://127.0.0.1:8080/v1");
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return tr("Enter a whole address with scheme and host, such as %1.").arg(example);
    if (url.scheme() != u"http" && url.scheme() != u"https")
        return tr("The address must start with http:// or https://, such as %1.").arg(example);
    if (!url.userInfo().isEmpty() || url.hasQuery())
        return tr("Leave user names, passwords and queries out of the address; save the key on the API keys page.");
    return {};
}

bool SettingsDialog::validateBaseUrl(const QString &providerId)
{
    const ProviderFields &fields = m_providerFields[providerId];
    const QString problem = baseUrlProblem(providerId, fields.baseUrl->text());
    showError(fields.baseUrlError, problem);
    return problem.isEmpty();
}

QString SettingsDialog::retryDelayProblem() const
{
    if (m_retryMaximumDelay->value() < m_retryInitialDelay->value())
        return tr("The longest delay must be at least the first delay.");
    return {};
}

bool SettingsDialog::validate()
{
    const auto failAt = [this](Page page, QWidget *field) {
        showPage(page);
        field->setFocus();
        return false;
    };
    for (const ProviderPreset &preset : ProviderPreset::all()) {
        if (!validateBaseUrl(preset.id))
            return failAt(Page::Providers, m_providerFields[preset.id].baseUrl);
    }
    const QString defaultId = m_defaultProvider->currentData().toString();
    const std::optional<ProviderPreset> preset = ProviderPreset::find(defaultId);
    if (preset && preset->defaultBaseUrl.isEmpty() && m_providerFields[defaultId].baseUrl->text().trimmed().isEmpty()) {
        showError(m_providerFields[defaultId].baseUrlError,
                  tr("%1 has no usual address. Enter the server's address, or choose another default provider.")
                      .arg(preset->displayName));
        return failAt(Page::Providers, m_providerFields[defaultId].baseUrl);
    }
    const QString retryProblem = retryDelayProblem();
    showError(m_retryError, retryProblem);
    if (!retryProblem.isEmpty())
        return failAt(Page::Defaults, m_retryMaximumDelay);
    return true;
}

bool SettingsDialog::apply()
{
    if (!validate())
        return false;

    ProviderSettings &providers = m_services.providerSettings();
    providers.setDefaultProviderId(m_defaultProvider->currentData().toString());
    for (auto it = m_providerFields.cbegin(); it != m_providerFields.cend(); ++it) {
        const QString text = it->baseUrl->text().trimmed();
        const QUrl url = text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
        if (url != providers.baseUrl(it.key()))
            providers.setBaseUrl(it.key(), url);
        const QString model = it->model->text().trimmed();
        if (model != providers.defaultModel(it.key()))
            providers.setDefaultModel(it.key(), model);
    }

    PipelinePreferences &preferences = m_services.pipelinePreferences();
    PipelineSettings pipeline = preferences.pipelineSettings();
    pipeline.temperature = m_temperature->value();
    pipeline.maximumOutputTokens = m_outputLimit->value();
    pipeline.concurrency = m_concurrency->value();
    pipeline.smallContextTokens = m_smallContext->value();
    pipeline.maximumPlanAttempts = m_planAttempts->value();
    pipeline.maximumContinuations = m_continuations->value();
    pipeline.useCache = m_useCache->isChecked();
    preferences.setPipelineSettings(pipeline);
    RetrySettings retry = preferences.retrySettings();
    retry.maximumAttempts = m_retryAttempts->value();
    retry.initialDelay = std::chrono::milliseconds(qRound64(m_retryInitialDelay->value() * 1000.0));
    retry.maximumDelay = std::chrono::milliseconds(qRound64(m_retryMaximumDelay->value() * 1000.0));
    preferences.setRetrySettings(retry);
    preferences.setFirstByteTimeout(std::chrono::seconds(m_firstByteTimeout->value()));
    preferences.setIdleTimeout(std::chrono::seconds(m_idleTimeout->value()));
    preferences.setCacheMaximumBytes(qint64(m_cacheLimit->value()) * bytesPerMegabyte);

    m_services.settings().setAppearance(StudioSettings::Appearance(m_appearance->checkedId()));
    m_services.settings().setLanguage(m_language->currentData().toString());
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void SettingsDialog::setKeyBusy(const QString &providerId, bool busy)
{
    const KeyFields &fields = m_keyFields[providerId];
    fields.key->setEnabled(!busy);
    fields.save->setEnabled(!busy && !fields.key->text().trimmed().isEmpty());
    fields.remove->setEnabled(!busy);
}

void SettingsDialog::saveKey(const QString &providerId)
{
    KeyFields &fields = m_keyFields[providerId];
    const QString key = fields.key->text();
    if (key.trimmed().isEmpty())
        return;
    setKeyBusy(providerId, true);
    fields.state->setText(tr("Saving…"));
    m_services.credentials().storeKey(providerId, key, this, [this, providerId](bool, const QString &notice) {
        // The field is emptied whatever happened: the key is never shown again.
        m_keyFields[providerId].key->clear();
        setKeyBusy(providerId, false);
        refreshKeyState(providerId, notice);
    });
}

void SettingsDialog::removeKey(const QString &providerId)
{
    setKeyBusy(providerId, true);
    m_keyFields[providerId].state->setText(tr("Removing…"));
    m_services.credentials().removeKey(providerId, this, [this, providerId](const QString &error) {
        setKeyBusy(providerId, false);
        refreshKeyState(providerId, error);
    });
}

void SettingsDialog::refreshKeyState(const QString &providerId, const QString &notice)
{
    m_services.credentials().readKey(providerId, this, [this, providerId, notice](const CredentialStore::Key &key) {
        QString state;
        switch (key.source) {
        case CredentialStore::Source::Keychain:
            state = tr("Stored in the keychain.");
            break;
        case CredentialStore::Source::Environment: {
            QString variable;
            for (const QString &name : CredentialStore::environmentVariables(providerId)) {
                if (!m_services.environment().value(name).isEmpty()) {
                    variable = name;
                    break;
                }
            }
            state = tr("From the environment variable %1.").arg(variable);
            break;
        }
        case CredentialStore::Source::Session:
            state = tr("Kept for this session only.");
            break;
        case CredentialStore::Source::None:
            state = tr("Not set.");
            break;
        }
        QStringList notices;
        if (!notice.isEmpty())
            notices.append(notice);
        if (!key.notice.isEmpty() && !notices.contains(key.notice))
            notices.append(key.notice);
        if (!notices.isEmpty())
            state += u'\n' + notices.join(u'\n');
        m_keyFields[providerId].state->setText(state);
        Q_EMIT keyStateUpdated(providerId, state);
    });
}

void SettingsDialog::refreshCacheUsage()
{
    if (m_usageWatcher.isRunning()) {
        m_usageAgain = true;
        return;
    }
    m_usageWatcher.setFuture(m_services.responseCache().usage().then([](const ResponseCache::Usage &usage) {
        return CacheUsage{usage.bytes, usage.entries};
    }));
}

void SettingsDialog::showCacheUsage()
{
    if (m_usageAgain) {
        m_usageAgain = false;
        refreshCacheUsage();
        return;
    }
    const CacheUsage usage = m_usageWatcher.result();
    m_cacheUsage->setText(
        tr("%1 in %n cached replies", nullptr, usage.entries).arg(QLocale().formattedDataSize(usage.bytes)));
    Q_EMIT cacheUsageUpdated();
}

void SettingsDialog::clearCache()
{
    m_clearCache->setEnabled(false);
    m_cacheMessage->setText(tr("Clearing…"));
    m_services.responseCache().clear().then(this, [this](const QString &error) {
        m_clearCache->setEnabled(true);
        const QString message = error.isEmpty() ? tr("The cache is empty now.") : error;
        m_cacheMessage->setText(message);
        refreshCacheUsage();
        Q_EMIT cacheCleared(message);
    });
}

} // namespace Pygen
