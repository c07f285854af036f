#include "SettingsDialog.h"
#include "AppearanceController.h"
#include "LanguageChooser.h"
#include "ProviderTestSupport.h"
#include "StudioServices.h"
#include "StudioSettings.h"
#include "llm/ProviderSettings.h"
#include "llm/ResponseCache.h"
#include "pipeline/PipelinePreferences.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest/QTest>

#include <algorithm>
#include <memory>

using Pygen::AppearanceController;
using Pygen::CredentialStore;
using Pygen::SettingsDialog;
using Pygen::StudioServices;
using Pygen::StudioSettings;
using namespace Qt::StringLiterals;

namespace {

constexpr int keychainTimeoutMs = 20'000;

template<typename Widget>
Widget *child(const QWidget &parent, const QString &name)
{
    auto *widget = parent.findChild<Widget *>(name);
    if (!widget)
        qWarning("No child named %s", qPrintable(name));
    return widget;
}

// Types a new value into a field the way a person does: select what is there, type over it.
void typeInto(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
}

// Checks a check box or radio button from the keyboard, as a person tabbing through the page does.
void press(QAbstractButton *button)
{
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
}

void clickButton(QDialog &dialog, QDialogButtonBox::StandardButton which)
{
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(which), Qt::LeftButton);
}

} // namespace

class SettingsDialogTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_cacheDirectory;
    QString m_keychainService;

    std::unique_ptr<StudioServices> makeServices()
    {
        StudioServices::Options options;
        options.keychainService = m_keychainService;
        options.environment = Pygen::Testing::environmentWithoutProviders();
        options.cacheDirectory = m_cacheDirectory.path();
        return std::make_unique<StudioServices>(options);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cacheDirectory.isValid());
        m_keychainService = u"Pygen settings test "_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    void init()
    {
        // Each test starts from an empty settings file in the test's own config folder.
        const auto services = makeServices();
        QVERIFY(services->settings().fileName().startsWith(qEnvironmentVariable("XDG_CONFIG_HOME")));
        QFile::remove(services->settings().fileName());
    }

    void valuesPersistAfterOk()
    {
        auto services = makeServices();
        {
            SettingsDialog dialog(*services);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));

            auto *provider = child<QComboBox>(dialog, u"defaultProvider"_s);
            provider->setCurrentIndex(provider->findData(u"groq"_s));
            typeInto(child<QLineEdit>(dialog, u"baseUrl-ollama"_s), u"http://gpu-box:11434"_s);
            typeInto(child<QLineEdit>(dialog, u"model-groq"_s), u"llama-3.3-70b-versatile"_s);

            dialog.showPage(SettingsDialog::Page::Defaults);
            typeInto(child<QDoubleSpinBox>(dialog, u"temperature"_s), u"0.7"_s);
            typeInto(child<QSpinBox>(dialog, u"outputLimit"_s), u"4096"_s);
            typeInto(child<QSpinBox>(dialog, u"concurrency"_s), u"3"_s);
            typeInto(child<QSpinBox>(dialog, u"retryAttempts"_s), u"6"_s);
            typeInto(child<QDoubleSpinBox>(dialog, u"retryInitialDelay"_s), u"2"_s);
            typeInto(child<QDoubleSpinBox>(dialog, u"retryMaximumDelay"_s), u"90"_s);
            typeInto(child<QSpinBox>(dialog, u"firstByteTimeout"_s), u"600"_s);
            typeInto(child<QSpinBox>(dialog, u"idleTimeout"_s), u"45"_s);
            typeInto(child<QSpinBox>(dialog, u"smallContext"_s), u"8192"_s);
            typeInto(child<QSpinBox>(dialog, u"planAttempts"_s), u"5"_s);
            typeInto(child<QSpinBox>(dialog, u"continuations"_s), u"2"_s);
            press(child<QCheckBox>(dialog, u"useCache"_s));
            typeInto(child<QSpinBox>(dialog, u"cacheLimit"_s), u"64"_s);

            dialog.showPage(SettingsDialog::Page::Language);
            auto *language = child<QComboBox>(dialog, u"language"_s);
            language->setCurrentIndex(language->findData(u"de"_s));

            dialog.showPage(SettingsDialog::Page::Appearance);
            press(child<QRadioButton>(dialog, u"appearanceLight"_s));

            clickButton(dialog, QDialogButtonBox::Ok);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QVERIFY(!dialog.isVisible());
        }

        // Read back through a fresh set of services: the values are on disk, not only in memory.
        services = makeServices();
        QCOMPARE(services->providerSettings().defaultProviderId(), u"groq"_s);
        QCOMPARE(services->providerSettings().baseUrl(u"ollama"_s), QUrl(u"http://gpu-box:11434"_s));
        QCOMPARE(services->providerSettings().defaultModel(u"groq"_s), u"llama-3.3-70b-versatile"_s);
        QCOMPARE(services->providerSettings().baseUrl(u"groq"_s), QUrl());
        const Pygen::PipelineSettings pipeline = services->pipelinePreferences().pipelineSettings();
        QCOMPARE(pipeline.temperature, 0.7);
        QCOMPARE(pipeline.maximumOutputTokens, 4096);
        QCOMPARE(pipeline.concurrency, 3);
        QCOMPARE(pipeline.smallContextTokens, 8192);
        QCOMPARE(pipeline.maximumPlanAttempts, 5);
        QCOMPARE(pipeline.maximumContinuations, 2);
        QCOMPARE(pipeline.useCache, false);
        const Pygen::RetrySettings retry = services->pipelinePreferences().retrySettings();
        QCOMPARE(retry.maximumAttempts, 6);
        QCOMPARE(retry.initialDelay, std::chrono::milliseconds(2000));
        QCOMPARE(retry.maximumDelay, std::chrono::milliseconds(90'000));
        QCOMPARE(services->pipelinePreferences().firstByteTimeout(), std::chrono::milliseconds(600'000));
        QCOMPARE(services->pipelinePreferences().idleTimeout(), std::chrono::milliseconds(45'000));
        QCOMPARE(services->pipelinePreferences().cacheMaximumBytes(), 64LL * 1024 * 1024);
        QCOMPARE(services->settings().language(), u"de"_s);
        QCOMPARE(services->settings().appearance(), StudioSettings::Appearance::Light);

        // And a dialog opened again shows them.
        SettingsDialog again(*services);
        QCOMPARE(child<QComboBox>(again, u"defaultProvider"_s)->currentData().toString(), u"groq"_s);
        QCOMPARE(child<QLineEdit>(again, u"baseUrl-ollama"_s)->text(), u"http://gpu-box:11434"_s);
        QCOMPARE(child<QLineEdit>(again, u"model-groq"_s)->text(), u"llama-3.3-70b-versatile"_s);
        QCOMPARE(child<QDoubleSpinBox>(again, u"temperature"_s)->value(), 0.7);
        QCOMPARE(child<QSpinBox>(again, u"outputLimit"_s)->value(), 4096);
        QCOMPARE(child<QSpinBox>(again, u"concurrency"_s)->value(), 3);
        QCOMPARE(child<QSpinBox>(again, u"firstByteTimeout"_s)->value(), 600);
        QCOMPARE(child<QSpinBox>(again, u"cacheLimit"_s)->value(), 64);
        QVERIFY(!child<QCheckBox>(again, u"useCache"_s)->isChecked());
        QCOMPARE(child<QComboBox>(again, u"language"_s)->currentData().toString(), u"de"_s);
        QVERIFY(child<QRadioButton>(again, u"appearanceLight"_s)->isChecked());
    }

    void cancelKeepsTheStoredValues()
    {
        auto services = makeServices();
        SettingsDialog dialog(*services);
        dialog.show();
        typeInto(child<QLineEdit>(dialog, u"model-ollama"_s), u"qwen2.5-coder"_s);
        clickButton(dialog, QDialogButtonBox::Cancel);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(services->providerSettings().defaultModel(u"ollama"_s), QString());
    }

    void invalidAddressBlocksOk_data()
    {
        QTest::addColumn<QString>("providerId");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("defaultProvider");
        QTest::addColumn<QString>("words");

        QTest::newRow("no scheme") << u"ollama"_s << u"localhost:11434"_s << QString() << u"scheme and host"_s;
        QTest::newRow("no host") << u"vllm"_s << u"http://"_s << QString() << u"scheme and host"_s;
        QTest::newRow("other scheme") << u"lmstudio"_s << u"ftp://box/v1"_s << QString() << u"http://"_s;
        QTest::newRow("password in the address")
            << u"openai"_s << u"https://me:secret@api.example/v1"_s << QString() << u"API keys page"_s;
        QTest::newRow("custom server as default without address")
            << u"custom"_s << QString() << u"custom"_s << u"no usual address"_s;
    }

    void invalidAddressBlocksOk()
    {
        QFETCH(QString, providerId);
        QFETCH(QString, address);
        QFETCH(QString, defaultProvider);
        QFETCH(QString, words);

        auto services = makeServices();
        SettingsDialog dialog(*services);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (!defaultProvider.isEmpty()) {
            auto *provider = child<QComboBox>(dialog, u"defaultProvider"_s);
            provider->setCurrentIndex(provider->findData(defaultProvider));
        }
        auto *field = child<QLineEdit>(dialog, u"baseUrl-"_s + providerId);
        typeInto(field, address);
        dialog.showPage(SettingsDialog::Page::Defaults);
        typeInto(child<QSpinBox>(dialog, u"outputLimit"_s), u"2048"_s);
        dialog.showPage(SettingsDialog::Page::Appearance);

        clickButton(dialog, QDialogButtonBox::Ok);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.currentPage(), SettingsDialog::Page::Providers);
        auto *error = child<QLabel>(dialog, u"baseUrlError-"_s + providerId);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(words), qPrintable(error->text()));
        QCOMPARE(QApplication::focusWidget(), field);
        // Nothing was written.
        QCOMPARE(services->pipelinePreferences().pipelineSettings().maximumOutputTokens,
                 Pygen::PipelineSettings().maximumOutputTokens);
        QCOMPARE(services->providerSettings().defaultProviderId(), u"ollama"_s);

        // Fixing the field clears the message, and OK goes through.
        typeInto(field, u"http://127.0.0.1:8080/v1"_s);
        QVERIFY(!error->isVisible());
        clickButton(dialog, QDialogButtonBox::Ok);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(services->providerSettings().baseUrl(providerId), QUrl(u"http://127.0.0.1:8080/v1"_s));
    }

    void longestRetryDelayMustNotBeShorterThanTheFirst()
    {
        auto services = makeServices();
        SettingsDialog dialog(*services);
        dialog.show();
        typeInto(child<QDoubleSpinBox>(dialog, u"retryInitialDelay"_s), u"30"_s);
        typeInto(child<QDoubleSpinBox>(dialog, u"retryMaximumDelay"_s), u"10"_s);
        auto *error = child<QLabel>(dialog, u"retryError"_s);
        dialog.showPage(SettingsDialog::Page::Keys);
        clickButton(dialog, QDialogButtonBox::Apply);
        QCOMPARE(dialog.currentPage(), SettingsDialog::Page::Defaults);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"at least the first delay"_s), qPrintable(error->text()));
    }

    void showsCacheUsageAndClearsTheCache()
    {
        auto services = makeServices();
        Pygen::ResponseCache &cache = services->responseCache();
        QCOMPARE(cache.directory(), m_cacheDirectory.path());
        for (int i = 0; i < 3; ++i) {
            Pygen::ChatRequest request;
            request.model = u"m"_s;
            request.messages = {Pygen::ChatMessage{Pygen::ChatMessage::Role::User, u"question %1"_s.arg(i)}};
            QCOMPARE(cache.storeNow(u"ollama"_s, QUrl(u"http://127.0.0.1:11434"_s), request,
                                    Pygen::CachedResponse{u"answer"_s, {}, {}}),
                     QString());
        }
        QCOMPARE(cache.entryCount(), 3);

        SettingsDialog dialog(*services);
        QSignalSpy counted(&dialog, &SettingsDialog::cacheUsageUpdated);
        dialog.show();
        dialog.showPage(SettingsDialog::Page::Defaults);
        QVERIFY(counted.wait());
        auto *usage = child<QLabel>(dialog, u"cacheUsage"_s);
        QVERIFY2(usage->text().contains(u"3 cached"_s), qPrintable(usage->text()));

        QSignalSpy cleared(&dialog, &SettingsDialog::cacheCleared);
        auto *clear = child<QPushButton>(dialog, u"clearCache"_s);
        QVERIFY(clear->isEnabled());
        press(clear);
        // The clearing may end while the key press is still being handled; count, do not wait.
        QTRY_COMPARE(cleared.count(), 1);
        QVERIFY2(cleared.constFirst().constFirst().toString().contains(u"empty"_s),
                 qPrintable(cleared.constFirst().constFirst().toString()));
        QCOMPARE(child<QLabel>(dialog, u"cacheMessage"_s)->text(), cleared.constFirst().constFirst().toString());
        QCOMPARE(cache.entryCount(), 0);
        QTRY_VERIFY(usage->text().contains(u"0 cached"_s));
    }

    void appearanceChangesTheApplicationPalette()
    {
        auto services = makeServices();
        const QPalette system = QApplication::palette();
        AppearanceController controller(services->settings());
        QCOMPARE(QApplication::palette().color(QPalette::Window), system.color(QPalette::Window));

        const auto choose = [&](const QString &button) {
            SettingsDialog dialog(*services);
            dialog.show();
            dialog.showPage(SettingsDialog::Page::Appearance);
            press(child<QRadioButton>(dialog, button));
            clickButton(dialog, QDialogButtonBox::Ok);
            return !dialog.isVisible();
        };

        // A dialog already open follows the change, its error messages included.
        SettingsDialog open(*services);
        open.show();
        const auto errorLightness = [&open] {
            return child<QLabel>(open, u"retryError"_s)->palette().color(QPalette::WindowText).lightness();
        };

        QVERIFY(choose(u"appearanceDark"_s));
        QTRY_VERIFY(open.palette().color(QPalette::Window).lightness() < 80);
        QVERIFY2(errorLightness() > 128, qPrintable(QString::number(errorLightness())));
        QVERIFY2(QApplication::palette().color(QPalette::Window).lightness() < 80,
                 qPrintable(QApplication::palette().color(QPalette::Window).name()));
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 180);
        QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
        // Widgets made now get the dark palette too.
        QLineEdit field;
        QVERIFY(field.palette().color(QPalette::Base).lightness() < 80);

        QVERIFY(choose(u"appearanceLight"_s));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
        QTRY_VERIFY(field.palette().color(QPalette::Base).lightness() > 200);
        QTRY_VERIFY(open.palette().color(QPalette::Window).lightness() > 200);
        QVERIFY(errorLightness() < 128);

        QVERIFY(choose(u"appearanceSystem"_s));
        QCOMPARE(QApplication::palette().color(QPalette::Window), system.color(QPalette::Window));
    }

    void savesAndRemovesAKeyWithoutShowingIt()
    {
        auto services = makeServices();
        SettingsDialog dialog(*services);
        QSignalSpy states(&dialog, &SettingsDialog::keyStateUpdated);
        dialog.show();
        dialog.showPage(SettingsDialog::Page::Keys);
        auto *state = child<QLabel>(dialog, u"keyState-groq"_s);
        QTRY_VERIFY_WITH_TIMEOUT(state->text().startsWith(u"Not set."_s), keychainTimeoutMs);
        QVERIFY(!child<QLineEdit>(dialog, u"key-ollama"_s)); // Ollama needs no key

        const QString key = u"gsk_settingsdialogtest0123456789"_s;
        auto *field = child<QLineEdit>(dialog, u"key-groq"_s);
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        auto *save = child<QPushButton>(dialog, u"saveKey-groq"_s);
        QVERIFY(!save->isEnabled());
        QTest::keyClicks(field, key);
        QVERIFY(save->isEnabled());
        const auto groqUpdated = [&states] {
            return std::any_of(states.cbegin(), states.cend(),
                               [](const QList<QVariant> &arguments) { return arguments.at(0) == u"groq"_s; });
        };
        states.clear();
        press(save);
        QTRY_VERIFY_WITH_TIMEOUT(groqUpdated(), keychainTimeoutMs);

        // What the store says now is what the dialog shows.
        std::optional<CredentialStore::Key> stored;
        QObject context;
        services->credentials().readKey(u"groq"_s, &context, [&](CredentialStore::Key read) { stored = read; });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), keychainTimeoutMs);
        QCOMPARE(stored->value, key);
        const QString shown = state->text();
        if (stored->source == CredentialStore::Source::Keychain) {
            QVERIFY2(shown.startsWith(u"Stored in the keychain."_s), qPrintable(shown));
        } else {
            // No keychain service runs here: the key is kept for the session, and the notice says so.
            QCOMPARE(stored->source, CredentialStore::Source::Session);
            QVERIFY2(shown.startsWith(u"Kept for this session only."_s), qPrintable(shown));
            QVERIFY2(shown.contains(u"session only"_s) && shown.contains(u"Groq"_s), qPrintable(shown));
        }
        QVERIFY(!shown.contains(key));
        QVERIFY(field->text().isEmpty());
        QVERIFY(Pygen::Testing::filesContaining(qEnvironmentVariable("XDG_CONFIG_HOME"), key.toUtf8()).isEmpty());

        states.clear();
        press(child<QPushButton>(dialog, u"removeKey-groq"_s));
        QTRY_VERIFY_WITH_TIMEOUT(groqUpdated(), keychainTimeoutMs);
        QVERIFY2(state->text().startsWith(u"Not set."_s), qPrintable(state->text()));
        stored.reset();
        services->credentials().readKey(u"groq"_s, &context, [&](CredentialStore::Key read) { stored = read; });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), keychainTimeoutMs);
        QVERIFY(stored->value.isEmpty());
    }

    void languageSettingPicksTheLocale_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QLocale::Language>("expected");

        QTest::newRow("empty follows the system") << QString() << u"de_DE"_s << QLocale::German;
        QTest::newRow("English over German") << u"en"_s << u"de_DE"_s << QLocale::English;
        QTest::newRow("German over English") << u"de"_s << u"en_US"_s << QLocale::German;
        QTest::newRow("unknown name follows the system") << u"xx-nonsense"_s << u"en_GB"_s << QLocale::English;
        QTest::newRow("blank follows the system") << u"  "_s << u"fr_FR"_s << QLocale::French;
    }

    void languageSettingPicksTheLocale()
    {
        QFETCH(QString, setting);
        QFETCH(QString, system);
        QFETCH(QLocale::Language, expected);
        QCOMPARE(Pygen::LanguageChooser::localeFor(setting, QLocale(system)).language(), expected);
    }
};

QTEST_MAIN(SettingsDialogTest)
#include "SettingsDialogTest.moc"
