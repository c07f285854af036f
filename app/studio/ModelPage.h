#pragma once

#include "llm/ModelInfo.h"
#include "llm/ProviderConfiguration.h"

#include <QPointer>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;
class QWidget;

namespace Pygen {

class FieldProblemLabel;
class ModelListReply;
class ModelPullReply;
class ProviderClient;
class WizardDraft;

// The third page: which provider and model write the package. The model list is fetched live
// (on entering the page and, debounced, whenever the provider or address changes); a first run
// without a running Ollama offers the cloud providers, and an Ollama without models offers to
// pull one.
class ModelPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelPage)

public:
    // How long typing in the address waits before the list is fetched again.
    static constexpr int refreshDelayMs = 400;

    explicit ModelPage(WizardDraft &draft, QWidget *parent = nullptr);
    ~ModelPage() override;

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

    // "llama3.1:8b — 128k context"; the id alone when the length is unknown.
    static QString modelLabel(const ModelInfo &model);

    QComboBox *providerCombo() const { return m_provider; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    FieldProblemLabel *baseUrlProblem() const { return m_baseUrlProblem; }
    QLineEdit *apiKeyEdit() const { return m_apiKey; }
    QPushButton *saveKeyButton() const { return m_saveKey; }
    QLabel *keyNotice() const { return m_keyNotice; }
    QComboBox *modelCombo() const { return m_model; }
    QPushButton *testButton() const { return m_test; }
    FieldProblemLabel *statusLabel() const { return m_status; }
    QWidget *cloudChoices() const { return m_cloudChoices; }
    QWidget *pullBox() const { return m_pullBox; }
    QLineEdit *pullNameEdit() const { return m_pullName; }
    QPushButton *pullButton() const { return m_pull; }
    QPushButton *cancelPullButton() const { return m_cancelPull; }
    QProgressBar *pullProgress() const { return m_pullProgress; }

    // The configuration the fields describe, key included.
    ProviderConfiguration configuration() const;

Q_SIGNALS:
    // After each fetch of the model list, successful or not.
    void modelsRefreshed();

private:
    void providerChosen();
    void scheduleRefresh();
    void setListStale(bool stale);
    void refreshModels();
    void showModels(const QList<ModelInfo> &models, const QString &serverVersion);
    void showListError(const ProviderError &error);
    void cancelListing();
    void startPull();
    void cancelPull();
    void storeKey();
    void chooseProvider(const QString &providerId);
    void setStatus(const QString &text, bool problem);

    WizardDraft &m_draft;
    QComboBox *m_provider;
    QLineEdit *m_baseUrl;
    FieldProblemLabel *m_baseUrlProblem;
    QLabel *m_apiKeyLabel;
    QWidget *m_apiKeyRow;
    QLineEdit *m_apiKey;
    QPushButton *m_saveKey;
    QLabel *m_keyNotice;
    QComboBox *m_model;
    QPushButton *m_test;
    FieldProblemLabel *m_status;
    QWidget *m_cloudChoices;
    QWidget *m_pullBox;
    QLineEdit *m_pullName;
    QPushButton *m_pull;
    QPushButton *m_cancelPull;
    QProgressBar *m_pullProgress;
    QLabel *m_pullStatus;
    QTimer *m_refreshTimer;

    QPointer<ProviderClient> m_client;
    QPointer<ModelListReply> m_listReply;
    QPointer<ModelPullReply> m_pullReply;
    // The key as resolved from the environment or keychain: only a changed key is stored.
    QString m_resolvedKey;
    // Bumped with every provider change, so a late key lookup for an earlier choice is dropped.
    int m_providerGeneration = 0;
    // The provider, address or key changed since the list was fetched: the models shown may not
    // be this server's, so Next waits for the new list.
    bool m_listStale = false;
    bool m_settingProvider = false;
};

} // namespace Pygen
