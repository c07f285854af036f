#include "FakeOllamaServer.h"
#include "FakeOpenAiServer.h"
#include "FeatureListEditor.h"
#include "FeaturesPage.h"
#include "FieldProblemLabel.h"
#include "IdeaPage.h"
#include "ModelPage.h"
#include "OptionsPage.h"
#include "ProviderTestSupport.h"
#include "StudioServices.h"
#include "StudioSettings.h"
#include "TestData.h"
#include "WizardDraft.h"
#include "llm/ModelListReply.h"
#include "llm/ProviderClient.h"
#include "llm/ProviderSettings.h"
#include "pipeline/FeatureListModel.h"
#include "pipeline/PackageNameRules.h"
#include "project/ProjectSession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUuid>
#include <QWizard>
#include <QtTest/QTest>

#include <memory>

using namespace Pygen;
using namespace Qt::StringLiterals;

namespace {

StudioServices::Options testOptions(const QString &cacheDirectory)
{
    StudioServices::Options options;
    options.keychainService = u"pygen-wizard-pages-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    options.environment = Testing::environmentWithoutProviders();
    options.cacheDirectory = cacheDirectory;
    return options;
}

// One page in a bare wizard, followed by an empty page so that the wizard has a Next button.
struct Harness
{
    QTemporaryDir cache;
    StudioServices services{testOptions(cache.path())};
    WizardDraft draft{services};
    QWizard wizard;

    template<typename Page>
    Page *show()
    {
        auto *page = new Page(draft);
        wizard.addPage(page);
        wizard.addPage(new QWizardPage);
        wizard.show();
        if (!QTest::qWaitForWindowActive(&wizard))
            qWarning("The wizard did not become active");
        return page;
    }
    QAbstractButton *next() const { return wizard.button(QWizard::NextButton); }
};

// Replaces a line edit's text the way a person does: select all, type.
void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
}

// Adds a feature with Insert, types it into the item editor and confirms with Return.
void addFeatureByKeys(QListView *view, const QString &text)
{
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Insert);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && editor != view);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget(), view);
}

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class WizardPagesTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Idea page ------------------------------------------------------------------------------

    void typingTheNameDerivesTheOtherNames()
    {
        Harness harness;
        auto *page = harness.show<IdeaPage>();
        QVERIFY(!harness.next()->isEnabled());

        page->nameEdit()->setFocus();
        QTest::keyClicks(page->nameEdit(), u"Weather Station"_s);
        QCOMPARE(page->importNameEdit()->text(), u"weather_station"_s);
        QCOMPARE(page->distributionNameEdit()->text(), u"weather-station"_s);
        QVERIFY(!harness.next()->isEnabled()); // no description yet

        page->descriptionEdit()->setFocus();
        QTest::keyClicks(page->descriptionEdit(), u"Reads sensors and keeps a log."_s);
        QVERIFY(harness.next()->isEnabled());

        // Edited by hand, the import name stops following; Reset brings it back.
        QVERIFY(!page->resetImportNameButton()->isEnabled());
        retype(page->importNameEdit(), u"wstation"_s);
        QVERIFY(page->resetImportNameButton()->isEnabled());
        page->nameEdit()->setFocus();
        QTest::keyClicks(page->nameEdit(), u" Pro"_s);
        QCOMPARE(page->importNameEdit()->text(), u"wstation"_s);
        QCOMPARE(page->distributionNameEdit()->text(), u"weather-station-pro"_s);
        QTest::mouseClick(page->resetImportNameButton(), Qt::LeftButton);
        QCOMPARE(page->importNameEdit()->text(), u"weather_station_pro"_s);
        QVERIFY(!page->resetImportNameButton()->isEnabled());

        QTest::mouseClick(harness.next(), Qt::LeftButton);
        QCOMPARE(harness.wizard.currentId(), 1);
        QCOMPARE(harness.draft.spec.name, u"Weather Station Pro"_s);
        QCOMPARE(harness.draft.spec.description, u"Reads sensors and keeps a log."_s);
        QCOMPARE(harness.draft.importName, u"weather_station_pro"_s);
        QCOMPARE(harness.draft.distributionName, u"weather-station-pro"_s);
    }

    void prefillsFromTheDraft()
    {
        Harness harness;
        harness.draft.spec.name = u"Sky Cam"_s;
        harness.draft.spec.description = u"Takes pictures of the sky."_s;
        harness.draft.importName = u"skycam"_s;
        auto *page = harness.show<IdeaPage>();
        QCOMPARE(page->nameEdit()->text(), u"Sky Cam"_s);
        QCOMPARE(page->importNameEdit()->text(), u"skycam"_s);
        QVERIFY(page->resetImportNameButton()->isEnabled());
        QCOMPARE(page->distributionNameEdit()->text(), u"sky-cam"_s);
        QVERIFY(harness.next()->isEnabled());
    }

    void badImportNamesAreExplained_data()
    {
        QTest::addColumn<QString>("importName");
        QTest::newRow("keyword") << u"class"_s;
        QTest::newRow("standard library") << u"json"_s;
        QTest::newRow("hyphen and capitals") << u"My-Pkg"_s;
        QTest::newRow("leading digit") << u"2fast"_s;
    }

    void badImportNamesAreExplained()
    {
        QFETCH(QString, importName);
        Harness harness;
        auto *page = harness.show<IdeaPage>();
        page->nameEdit()->setFocus();
        QTest::keyClicks(page->nameEdit(), u"Fast Thing"_s);
        page->descriptionEdit()->setFocus();
        QTest::keyClicks(page->descriptionEdit(), u"Does things fast."_s);
        QVERIFY(harness.next()->isEnabled());

        retype(page->importNameEdit(), importName);
        const std::optional<QString> expected = PackageNameRules::importNameProblem(importName);
        QVERIFY(expected);
        QVERIFY(page->importNameProblem()->isVisible());
        QCOMPARE(page->importNameProblem()->text(), *expected);
        QCOMPARE(page->importNameEdit()->accessibleDescription(), *expected);
        QVERIFY(!harness.next()->isEnabled());
        QVERIFY(!page->validatePage());
    }

    void badDistributionNameIsExplained()
    {
        Harness harness;
        auto *page = harness.show<IdeaPage>();
        page->nameEdit()->setFocus();
        QTest::keyClicks(page->nameEdit(), u"Fast Thing"_s);
        page->descriptionEdit()->setFocus();
        QTest::keyClicks(page->descriptionEdit(), u"Does things fast."_s);
        retype(page->distributionNameEdit(), u"fast thing"_s);
        QVERIFY(page->distributionNameProblem()->isVisible());
        QCOMPARE(page->distributionNameProblem()->text(), *PackageNameRules::distributionNameProblem(u"fast thing"_s));
        QVERIFY(!harness.next()->isEnabled());
    }

    // Features page --------------------------------------------------------------------------

    void addsRemovesAndMovesFeaturesByKeys()
    {
        Harness harness;
        auto *page = harness.show<FeaturesPage>();
        QListView *view = page->editor()->view();
        FeatureListModel *model = page->editor()->model();
        QVERIFY(!harness.next()->isEnabled());

        addFeatureByKeys(view, u"Fetch data"_s);
        addFeatureByKeys(view, u"Plot data"_s);
        addFeatureByKeys(view, u"Export CSV"_s);
        QCOMPARE(model->features(), (QStringList{u"Fetch data"_s, u"Plot data"_s, u"Export CSV"_s}));
        QVERIFY(harness.next()->isEnabled());

        QCOMPARE(view->currentIndex().row(), 2);
        QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(model->features(), (QStringList{u"Fetch data"_s, u"Export CSV"_s, u"Plot data"_s}));
        QCOMPARE(view->currentIndex().row(), 1);
        QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(model->features(), (QStringList{u"Export CSV"_s, u"Fetch data"_s, u"Plot data"_s}));
        QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(model->features(), (QStringList{u"Fetch data"_s, u"Export CSV"_s, u"Plot data"_s}));

        // F2 edits in place.
        QTest::keyClick(view, Qt::Key_F2);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && editor != view);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, u"Export Excel"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(model->features().at(1), u"Export Excel"_s);

        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(model->features(), (QStringList{u"Fetch data"_s, u"Plot data"_s}));

        QTest::mouseClick(harness.next(), Qt::LeftButton);
        QCOMPARE(harness.draft.spec.features, (QStringList{u"Fetch data"_s, u"Plot data"_s}));
    }

    void pastesAListWithBullets()
    {
        Harness harness;
        auto *page = harness.show<FeaturesPage>();
        QListView *view = page->editor()->view();
        QApplication::clipboard()->setText(u"- Fetch data\n* Plot it\n\n1. Export CSV\n2) Send e-mail\n"_s);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(page->editor()->model()->features(),
                 (QStringList{u"Fetch data"_s, u"Plot it"_s, u"Export CSV"_s, u"Send e-mail"_s}));
        QVERIFY(harness.next()->isEnabled());
    }

    void hintsAtLongListsAndFlagsProblems()
    {
        Harness harness;
        harness.draft.spec.features = {u"One"_s, u"Two"_s};
        auto *page = harness.show<FeaturesPage>();
        QListView *view = page->editor()->view();
        QVERIFY(!page->longListHint()->isVisible());
        QVERIFY(!page->problemLabel()->isVisible());

        QStringList lines;
        for (int i = 3; i <= FeaturesPage::longListThreshold + 1; ++i)
            lines.append(u"- Feature %1"_s.arg(i));
        QApplication::clipboard()->setText(lines.join(u'\n'));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(page->editor()->model()->rowCount(), FeaturesPage::longListThreshold + 1);
        QVERIFY(page->longListHint()->isVisible());
        QVERIFY(page->longListHint()->text().contains(u"merging related features"_s));
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(!page->longListHint()->isVisible());

        // A duplicate is flagged beside the list and holds Next back.
        QApplication::clipboard()->setText(u"one"_s);
        QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
        QVERIFY(page->problemLabel()->isVisible());
        QVERIFY2(page->problemLabel()->text().contains(u"repeats feature 1"_s),
                 qPrintable(page->problemLabel()->text()));
        QVERIFY(!harness.next()->isEnabled());
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(!page->problemLabel()->isVisible());
        QVERIFY(harness.next()->isEnabled());
    }

    // Model page -----------------------------------------------------------------------------

    void listsOllamaModelsWithTheirContext()
    {
        Testing::FakeOllamaServer server;
        server.setModels({{u"llama3.1:8b"_s, 131072}, {u"qwen2.5-coder:7b"_s, 32768}});
        Harness harness;
        harness.services.providerSettings().setDefaultProviderId(u"ollama"_s);
        harness.services.providerSettings().setBaseUrl(u"ollama"_s, server.baseUrl());
        harness.services.providerSettings().setDefaultModel(u"ollama"_s, u"qwen2.5-coder:7b"_s);
        auto *page = harness.show<ModelPage>();

        QTRY_COMPARE(page->modelCombo()->count(), 2);
        QCOMPARE(page->modelCombo()->itemText(0), u"llama3.1:8b — 128k context"_s);
        QCOMPARE(page->modelCombo()->itemText(1), u"qwen2.5-coder:7b — 32k context"_s);
        QCOMPARE(page->modelCombo()->currentIndex(), 1);
        QVERIFY(!page->apiKeyEdit()->isVisible());
        QVERIFY(harness.next()->isEnabled());

        const qsizetype listed = server.requests("/api/tags").size();
        QSignalSpy refreshed(page, &ModelPage::modelsRefreshed);
        QTest::mouseClick(page->testButton(), Qt::LeftButton);
        QVERIFY(refreshed.wait());
        QCOMPARE(server.requests("/api/tags").size(), listed + 1);
        QVERIFY2(page->statusLabel()->text().startsWith(u"Connected: 2 model"_s),
                 qPrintable(page->statusLabel()->text()));
        QVERIFY(page->statusLabel()->text().contains(u"(server 0.12.3)"_s));

        // Typing another address fetches again, once typing pauses.
        const QString nowhere = u"http://127.0.0.1:%1"_s.arg(closedPort());
        retype(page->baseUrlEdit(), nowhere);
        QTRY_VERIFY(page->statusLabel()->text().startsWith(u"No Ollama at %1"_s.arg(nowhere)));
        QVERIFY(!harness.next()->isEnabled());
        retype(page->baseUrlEdit(), server.baseUrl().toString());
        QTRY_COMPARE(page->modelCombo()->count(), 2);
        QCOMPARE(page->modelCombo()->currentIndex(), 1);

        QTest::mouseClick(harness.next(), Qt::LeftButton);
        QCOMPARE(harness.wizard.currentId(), 1);
        QCOMPARE(harness.draft.model, u"qwen2.5-coder:7b"_s);
        QCOMPARE(harness.draft.contextLength, std::optional<int>(32768));
        QCOMPARE(harness.draft.provider.preset.id, u"ollama"_s);
        QCOMPARE(harness.draft.provider.baseUrl, server.baseUrl());
    }

    // A changed address makes the listed models another server's: Next waits for the new list.
    void anotherAddressWaitsForItsOwnModels()
    {
        Testing::FakeOllamaServer first;
        first.setModels({{u"llama3.1:8b"_s, 131072}});
        Testing::FakeOllamaServer second;
        second.setModels({{u"qwen2.5-coder:7b"_s, 32768}});
        Harness harness;
        harness.services.providerSettings().setDefaultProviderId(u"ollama"_s);
        harness.services.providerSettings().setBaseUrl(u"ollama"_s, first.baseUrl());
        auto *page = harness.show<ModelPage>();
        QTRY_COMPARE(page->modelCombo()->count(), 1);
        QVERIFY(harness.next()->isEnabled());

        QSignalSpy refreshed(page, &ModelPage::modelsRefreshed);
        retype(page->baseUrlEdit(), second.baseUrl().toString());
        QVERIFY(!harness.next()->isEnabled());
        // Next now would store the first server's model with the second's address.
        QTest::mouseClick(harness.next(), Qt::LeftButton);
        QCOMPARE(harness.wizard.currentId(), 0);
        QVERIFY(harness.draft.model.isEmpty());

        QVERIFY(refreshed.wait());
        QTRY_VERIFY(harness.next()->isEnabled());
        QCOMPARE(page->modelCombo()->currentData().toString(), u"qwen2.5-coder:7b"_s);
        QTest::mouseClick(harness.next(), Qt::LeftButton);
        QCOMPARE(harness.wizard.currentId(), 1);
        QCOMPARE(harness.draft.model, u"qwen2.5-coder:7b"_s);
        QCOMPARE(harness.draft.provider.baseUrl, second.baseUrl());
    }

    void noOllamaOffersTheCloud()
    {
        Harness harness;
        const QUrl nowhere(u"http://127.0.0.1:%1"_s.arg(closedPort()));
        harness.services.providerSettings().setDefaultProviderId(u"ollama"_s);
        harness.services.providerSettings().setBaseUrl(u"ollama"_s, nowhere);
        auto *page = harness.show<ModelPage>();

        QTRY_VERIFY(page->cloudChoices()->isVisible());
        QCOMPARE(page->statusLabel()->text(),
                 u"No Ollama at %1: start it with “ollama serve”, or choose a cloud provider below."_s.arg(
                     nowhere.toString()));
        QVERIFY(!harness.next()->isEnabled());

        auto *useGroq = page->cloudChoices()->findChild<QPushButton *>(u"use-groq"_s);
        QVERIFY(useGroq);
        QTest::mouseClick(useGroq, Qt::LeftButton);
        QCOMPARE(page->providerCombo()->currentData().toString(), u"groq"_s);
        QVERIFY(page->apiKeyEdit()->isVisible());
        QCOMPARE(page->apiKeyEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(!page->cloudChoices()->isVisible());

        // The custom server has no address of its own: the field says so.
        page->providerCombo()->setCurrentIndex(page->providerCombo()->findData(u"custom"_s));
        QCOMPARE(page->baseUrlEdit()->text(), QString());
        QTRY_VERIFY(page->baseUrlProblem()->isVisible());
        QVERIFY(!page->baseUrlProblem()->text().isEmpty());
        QVERIFY(!harness.next()->isEnabled());
    }

    void pullsAModelIntoAnEmptyOllama()
    {
        Testing::FakeOllamaServer server;
        server.setModels({});
        Harness harness;
        harness.services.providerSettings().setDefaultProviderId(u"ollama"_s);
        harness.services.providerSettings().setBaseUrl(u"ollama"_s, server.baseUrl());
        auto *page = harness.show<ModelPage>();

        QTRY_VERIFY(page->pullBox()->isVisible());
        QVERIFY2(page->statusLabel()->text().contains(u"no models"_s), qPrintable(page->statusLabel()->text()));
        QCOMPARE(page->pullNameEdit()->text(), u"qwen2.5-coder:7b"_s);
        QVERIFY(!harness.next()->isEnabled());

        QList<int> values;
        connect(page->pullProgress(), &QProgressBar::valueChanged, page,
                [&values](int value) { values.append(value); });
        QTest::mouseClick(page->pullButton(), Qt::LeftButton);
        QVERIFY(page->cancelPullButton()->isEnabled());
        QTRY_COMPARE(page->modelCombo()->count(), 1);
        QVERIFY(page->pullProgress()->maximum() > 0);
        QCOMPARE(page->pullProgress()->value(), page->pullProgress()->maximum());
        // It went there step by step, never backwards.
        QVERIFY(values.size() >= 2);
        QVERIFY(std::is_sorted(values.cbegin(), values.cend()));
        QCOMPARE(server.pullRequestCount(), 1);
        QVERIFY(page->modelCombo()->currentData().toString().startsWith(u"qwen2.5-coder:7b"_s));
        QVERIFY(harness.next()->isEnabled());
        QVERIFY(!page->cancelPullButton()->isEnabled());
    }

    void showsTheProvidersOwnErrorForAWrongKey()
    {
        Testing::FakeOpenAiServer server("/v1");
        server.setRequiredApiKey(u"right-key"_s);
        server.setContextField(u"context_window"_s);
        server.setModels({{u"gpt-4o-mini"_s, 128000}});
        Harness harness;
        harness.services.providerSettings().setDefaultProviderId(u"openai"_s);
        harness.services.providerSettings().setBaseUrl(u"openai"_s, server.apiBaseUrl());
        auto *page = harness.show<ModelPage>();
        QCOMPARE(page->providerCombo()->currentData().toString(), u"openai"_s);
        QVERIFY(page->apiKeyEdit()->isVisible());
        // The key lookup ends in a first attempt without a key.
        QTRY_VERIFY(!page->statusLabel()->text().startsWith(u"Looking for the key"_s));

        retype(page->apiKeyEdit(), u"wrong-key"_s);
        QSignalSpy refreshed(page, &ModelPage::modelsRefreshed);
        QTest::mouseClick(page->testButton(), Qt::LeftButton);
        QVERIFY(refreshed.wait());

        // The same words the client gives for this answer.
        QNetworkAccessManager network;
        std::unique_ptr<ProviderClient> client(ProviderClient::create(page->configuration(), &network));
        ModelListReply *reply = client->listModels();
        QVERIFY(Testing::waitForFinished(reply));
        QCOMPARE(reply->error().kind, ProviderError::Kind::Authentication);
        QCOMPARE(page->statusLabel()->text(), reply->error().message);
        QVERIFY(!harness.next()->isEnabled());

        retype(page->apiKeyEdit(), u"right-key"_s);
        QTest::mouseClick(page->testButton(), Qt::LeftButton);
        QTRY_COMPARE(page->modelCombo()->count(), 1);
        QCOMPARE(page->modelCombo()->itemText(0), u"gpt-4o-mini — 125k context"_s);

        // Saving tells where the key went (the test has no keychain service: this session only).
        QTest::mouseClick(page->saveKeyButton(), Qt::LeftButton);
        QTRY_VERIFY(page->keyNotice()->isVisible());
        QVERIFY(!page->keyNotice()->text().isEmpty());
    }

    // Options page ---------------------------------------------------------------------------

    // Back from a review page: the project exists, and its folder is the one used.
    void keepsTheFolderOfTheProjectAlreadyMade()
    {
        QTemporaryDir projects;
        QVERIFY(projects.isValid());
        Harness harness;
        harness.services.settings().setProjectsFolder(projects.path());
        const SpecReader::Result spec = SpecReader::fromFile(TestData::path(u"wordtools/spec.json"_s));
        QVERIFY(spec.spec);
        harness.draft.spec = *spec.spec;
        harness.draft.provider = Testing::fakeConfiguration(u"ollama"_s, QUrl(u"http://127.0.0.1:9"_s));
        harness.draft.model = u"fake"_s;
        harness.draft.projectFolder = projects.filePath(u"made"_s);
        QSignalSpy started(&harness.draft, &WizardDraft::sessionStarted);
        QString error = u"not called"_s;
        harness.draft.startSession([&error](const QString &message) { error = message; });
        QVERIFY(started.wait());
        QCOMPARE(error, QString());
        const QString made = harness.draft.session()->project().folder();

        auto *page = harness.show<OptionsPage>();
        QCOMPARE(page->folderEdit()->text(), QDir::toNativeSeparators(made));
        QVERIFY(page->folderEdit()->isReadOnly());
        QVERIFY(!page->browseButton()->isEnabled());
        QTRY_VERIFY(harness.next()->isEnabled());
        QVERIFY(!page->folderProblemLabel()->hasProblem());
        QVERIFY2(page->folderProblemLabel()->text().contains(u"start a new package"_s),
                 qPrintable(page->folderProblemLabel()->text()));

        page->folderEdit()->setFocus();
        QTest::keyClicks(page->folderEdit(), u"-other"_s);
        QCOMPARE(page->folderEdit()->text(), QDir::toNativeSeparators(made));
        QTest::mouseClick(harness.next(), Qt::LeftButton);
        QCOMPARE(harness.wizard.currentId(), 1);
        QCOMPARE(harness.draft.projectFolder, made);
    }

    void refusesAFolderThatIsNotEmpty()
    {
        QTemporaryDir projects;
        QVERIFY(projects.isValid());
        const QString full = projects.filePath(u"full"_s);
        QVERIFY(QDir().mkpath(full));
        QFile file(full + u"/notes.txt"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString empty = projects.filePath(u"empty"_s);
        QVERIFY(QDir().mkpath(empty));

        Harness harness;
        harness.services.settings().setProjectsFolder(projects.path());
        harness.draft.spec.name = u"Weather Station"_s;
        auto *page = harness.show<OptionsPage>();
        QCOMPARE(page->folderEdit()->text(), QDir::toNativeSeparators(projects.filePath(u"weather-station"_s)));
        QTRY_VERIFY(harness.next()->isEnabled());
        QVERIFY(!page->folderProblemLabel()->isVisible());

        retype(page->folderEdit(), full);
        QVERIFY(!harness.next()->isEnabled());
        QTRY_VERIFY(page->folderProblemLabel()->hasProblem());
        QVERIFY2(page->folderProblemLabel()->text().contains(u"already contains files"_s),
                 qPrintable(page->folderProblemLabel()->text()));
        QVERIFY(!harness.next()->isEnabled());

        retype(page->folderEdit(), empty);
        QTRY_VERIFY(harness.next()->isEnabled());
        QVERIFY(!page->folderProblemLabel()->hasProblem());

        retype(page->versionEdit(), u"one"_s);
        QVERIFY(page->versionProblemLabel()->isVisible());
        QVERIFY(!harness.next()->isEnabled());
        retype(page->versionEdit(), u"1.0rc1"_s);
        QVERIFY(harness.next()->isEnabled());

        page->concurrencySpin()->setValue(3);
        QTest::mouseClick(harness.next(), Qt::LeftButton);
        QCOMPARE(harness.wizard.currentId(), 1);
        QCOMPARE(harness.draft.projectFolder, QDir::cleanPath(empty));
        QCOMPARE(harness.draft.spec.options.version, u"1.0rc1"_s);
        QCOMPARE(harness.draft.settings.concurrency, 3);
    }
};

QTEST_MAIN(WizardPagesTest)
#include "WizardPagesTest.moc"
