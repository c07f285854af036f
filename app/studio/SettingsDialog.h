#pragma once

#include "StudioSettings.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QHash>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace Pygen {

class StudioServices;

// The studio's settings: providers (default, addresses, models), API keys, the pipeline's
// defaults and the response cache, appearance and language. Values are written on OK or Apply;
// keys are saved and removed at once with their own buttons, and only ever in the keychain.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    enum class Page { Providers, Keys, Defaults, Appearance, Language };

    explicit SettingsDialog(StudioServices &services, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void showPage(Page page);
    Page currentPage() const;

    // Checks every field; on a problem shows its page, focuses the field and returns false.
    bool validate();
    // validate(), then writes every value; returns whether it did.
    bool apply();

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    // After the cache's size and entry count were read again (in the background).
    void cacheUsageUpdated();
    // After "Clear cache" finished, with the message shown.
    void cacheCleared(const QString &message);
    // After a key was saved, removed or read again, with the state shown for the provider.
    void keyStateUpdated(const QString &providerId, const QString &state);

private:
    struct ProviderFields
    {
        QLineEdit *baseUrl = nullptr;
        QLabel *baseUrlError = nullptr;
        QLineEdit *model = nullptr;
    };
    struct KeyFields
    {
        QLineEdit *key = nullptr;
        QPushButton *save = nullptr;
        QPushButton *remove = nullptr;
        QLabel *state = nullptr;
    };
    struct CacheUsage
    {
        qint64 bytes = 0;
        int entries = 0;
    };

    QWidget *createProvidersPage();
    QWidget *createKeysPage();
    QWidget *createDefaultsPage();
    QWidget *createAppearancePage();
    QWidget *createLanguagePage();
    void addPage(QWidget *page, const QString &title);

    void load();
    // Empty when the text is a usable address (or empty: the preset's own applies).
    QString baseUrlProblem(const QString &providerId, const QString &text) const;
    bool validateBaseUrl(const QString &providerId);
    QString retryDelayProblem() const;

    void saveKey(const QString &providerId);
    void removeKey(const QString &providerId);
    void refreshKeyState(const QString &providerId, const QString &notice = {});
    void setKeyBusy(const QString &providerId, bool busy);

    void refreshCacheUsage();
    void showCacheUsage();
    void clearCache();

    StudioServices &m_services;
    QListWidget *m_pageList;
    QStackedWidget *m_pages;
    QDialogButtonBox *m_buttons;

    QComboBox *m_defaultProvider = nullptr;
    QLabel *m_defaultProviderError = nullptr;
    QHash<QString, ProviderFields> m_providerFields;
    QHash<QString, KeyFields> m_keyFields;

    QDoubleSpinBox *m_temperature = nullptr;
    QSpinBox *m_outputLimit = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QSpinBox *m_retryAttempts = nullptr;
    QDoubleSpinBox *m_retryInitialDelay = nullptr;
    QDoubleSpinBox *m_retryMaximumDelay = nullptr;
    QLabel *m_retryError = nullptr;
    QSpinBox *m_firstByteTimeout = nullptr;
    QSpinBox *m_idleTimeout = nullptr;
    QSpinBox *m_smallContext = nullptr;
    QSpinBox *m_planAttempts = nullptr;
    QSpinBox *m_continuations = nullptr;
    QCheckBox *m_useCache = nullptr;
    QSpinBox *m_cacheLimit = nullptr;
    QLabel *m_cacheUsage = nullptr;
    QPushButton *m_clearCache = nullptr;
    QLabel *m_cacheMessage = nullptr;
    QFutureWatcher<CacheUsage> m_usageWatcher;
    bool m_usageAgain = false;

    QButtonGroup *m_appearance = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace Pygen
