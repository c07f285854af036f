#include "ExportDialog.h"
#include "package/FolderExporter.h"
#include "project/Project.h"
#include "project/ProjectSession.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <quazip.h>
#include <quazipfile.h>

#include <memory>

using Pygen::ExportDialog;
using Pygen::FileOrigin;
using Pygen::FileRole;
using Pygen::FileStatus;
using Pygen::PackageFile;
using Pygen::Project;
using Pygen::ProjectSession;
using Pygen::ProjectState;
using Pygen::StageId;
using Pygen::StageState;
using namespace Qt::StringLiterals;

namespace {

const QString modulePath = u"src/weather_station/__init__.py"_s;
const QString readingsPath = u"src/weather_station/readings.py"_s;

ProjectState sampleState()
{
    ProjectState state;
    state.spec.name = u"Weather Station"_s;
    state.spec.description = u"Reads a weather station."_s;
    state.spec.features = {u"read CSV"_s};
    Pygen::Plan plan;
    plan.importName = u"weather_station"_s;
    plan.distributionName = u"weather-station"_s;
    plan.files = {Pygen::PlannedFile{modulePath, FileRole::Module, {}, {}, {}},
                  Pygen::PlannedFile{readingsPath, FileRole::Module, {}, {}, {}}};
    state.plan = plan;
    for (StageId id :
         {StageId::Screen, StageId::Enhance, StageId::Context, StageId::Plan, StageId::Generate, StageId::Document})
        state.stages.insert(id, {StageState::Finished, {}});
    return state;
}

// Every entry name of a zip, read back with QuaZip; empty when it cannot be opened.
QMap<QString, QByteArray> readZip(const QString &path)
{
    QMap<QString, QByteArray> entries;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return entries;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        entries.insert(zip.getCurrentFileName(), file.readAll());
    }
    return entries;
}

QStringList findingTexts(const ExportDialog &dialog)
{
    QStringList texts;
    const auto *list = dialog.findChild<QListWidget *>(u"findings"_s);
    for (int row = 0; row < list->count(); ++row)
        texts.append(list->item(row)->text());
    return texts;
}

} // namespace

class ExportDialogTest final : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    // QDesktopServices hands file: URLs here instead of to a file manager.
    void openUrl(const QUrl &url) { m_openedUrls.append(url); }

private:
    QList<QUrl> m_openedUrls;
    QTemporaryDir m_directory;
    std::shared_ptr<Project> m_project;
    std::unique_ptr<ProjectSession> m_session;

    // A project in <temp>/projects/station with the given files written into it.
    bool makeProject(const QList<PackageFile> &files, const ProjectState &state = sampleState())
    {
        m_session.reset();
        m_project.reset();
        const QString folder = m_directory.filePath(u"projects/station"_s);
        QDir(folder).removeRecursively();
        Project::LoadResult created = Project::create(folder, state);
        if (!created.project) {
            qWarning("%s", qPrintable(created.errorMessage));
            return false;
        }
        m_project = created.project;
        for (const PackageFile &file : files) {
            if (const auto problem = m_project->writeFile(file)) {
                qWarning("%s", qPrintable(*problem));
                return false;
            }
        }
        const QFuture<void> flushed = m_project->flushed();
        if (!QTest::qWaitFor([&] { return flushed.isFinished(); }))
            return false;
        m_session = std::make_unique<ProjectSession>(m_project);
        return true;
    }

    static QList<PackageFile> completeFiles()
    {
        return {
            {modulePath,
             "from .readings import load\n",
             FileRole::Module,
             FileOrigin::Generated,
             FileStatus::Generated,
             {}},
            {readingsPath,
             "def load(path):\n    return []\n",
             FileRole::Module,
             FileOrigin::Generated,
             FileStatus::Generated,
             {}},
            {u"pyproject.toml"_s,
             "[project]\nname = \"weather-station\"\n",
             FileRole::Config,
             FileOrigin::Template,
             FileStatus::Generated,
             {}},
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        QDesktopServices::setUrlHandler(u"file"_s, this, "openUrl");
    }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(u"file"_s);
        m_session.reset();
        m_project.reset();
    }

    void exportsAZipQuaZipCanRead()
    {
        QVERIFY(makeProject(completeFiles()));
        ExportDialog dialog(*m_session, {}, ExportDialog::Mode::Zip);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // The default: named after the distribution and version, in the projects folder.
        const QString expected = m_directory.filePath(u"projects/weather-station-0.1.0.zip"_s);
        QCOMPARE(QDir::fromNativeSeparators(dialog.destination()), expected);
        QVERIFY(dialog.findings().isEmpty());
        QCOMPARE(findingTexts(dialog).size(), 1);
        QVERIFY(findingTexts(dialog).constFirst().contains(u"nothing stands in the way"_s));

        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        auto *exportButton = dialog.findChild<QPushButton *>(u"export"_s);
        QVERIFY(exportButton->isEnabled());
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QVERIFY(dialog.isExporting());
        QVERIFY(dialog.findChild<QProgressBar *>(u"progress"_s)->isVisible());
        QVERIFY(dialog.findChild<QPushButton *>(u"cancelExport"_s)->isVisible());
        QVERIFY(finished.wait());
        QVERIFY2(finished.constFirst().at(0).toBool(), qPrintable(finished.constFirst().at(1).toString()));
        QVERIFY(!dialog.isExporting());
        QVERIFY(!dialog.findChild<QProgressBar *>(u"progress"_s)->isVisible());

        const QMap<QString, QByteArray> entries = readZip(expected);
        QCOMPARE(entries.value(u"weather-station-0.1.0/src/weather_station/readings.py"_s),
                 QByteArray("def load(path):\n    return []\n"));
        QVERIFY(entries.contains(u"weather-station-0.1.0/src/weather_station/__init__.py"_s));
        QVERIFY(entries.contains(u"weather-station-0.1.0/pyproject.toml"_s));
        const QString status = dialog.findChild<QLabel *>(u"status"_s)->text();
        QVERIFY2(status.contains(u"3 file"_s) && status.contains(QDir::toNativeSeparators(expected)),
                 qPrintable(status));

        auto *openFolder = dialog.findChild<QPushButton *>(u"openFolder"_s);
        QVERIFY(openFolder->isVisible());
        m_openedUrls.clear();
        QTest::mouseClick(openFolder, Qt::LeftButton);
        QCOMPARE(m_openedUrls, QList<QUrl>{QUrl::fromLocalFile(m_directory.filePath(u"projects"_s))});
    }

    void asksBeforeReplacingAZip_data()
    {
        QTest::addColumn<bool>("replace");
        QTest::newRow("replace") << true;
        QTest::newRow("keep") << false;
    }

    void asksBeforeReplacingAZip()
    {
        QFETCH(bool, replace);
        QVERIFY(makeProject(completeFiles()));
        const QString zipPath = m_directory.filePath(u"earlier.zip"_s);
        {
            QFile earlier(zipPath);
            QVERIFY(earlier.open(QIODevice::WriteOnly));
            earlier.write("not a zip");
        }
        ExportDialog dialog(*m_session, {}, ExportDialog::Mode::Zip);
        dialog.show();
        dialog.setDestination(zipPath);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"export"_s), Qt::LeftButton);

        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = dialog.findChild<QMessageBox *>(u"replaceQuestion"_s)) && question->isVisible());
        QVERIFY(question->text().contains(QDir::toNativeSeparators(zipPath)));
        QVERIFY(!dialog.isExporting());
        if (replace) {
            QPushButton *button = nullptr;
            for (QAbstractButton *candidate : question->buttons()) {
                if (question->buttonRole(candidate) == QMessageBox::AcceptRole)
                    button = qobject_cast<QPushButton *>(candidate);
            }
            QVERIFY(button);
            QTest::mouseClick(button, Qt::LeftButton);
            QVERIFY(finished.wait());
            QVERIFY(finished.constFirst().at(0).toBool());
            QVERIFY(readZip(zipPath).contains(u"weather-station-0.1.0/pyproject.toml"_s));
        } else {
            QTest::mouseClick(question->button(QMessageBox::Cancel), Qt::LeftButton);
            QTRY_VERIFY(!dialog.findChild<QMessageBox *>(u"replaceQuestion"_s));
            QVERIFY(!dialog.isExporting());
            QCOMPARE(finished.count(), 0);
            QFile earlier(zipPath);
            QVERIFY(earlier.open(QIODevice::ReadOnly));
            QCOMPARE(earlier.readAll(), QByteArray("not a zip"));
        }
    }

    void listsUnsavedEditsAndFailedFiles()
    {
        QList<PackageFile> files = completeFiles();
        files[1].status = FileStatus::Failed;
        files[1].message = u"cut off"_s;
        QVERIFY(makeProject(files));
        ExportDialog dialog(*m_session, {modulePath, u"README.md"_s}, ExportDialog::Mode::Zip);
        dialog.show();

        const QStringList texts = findingTexts(dialog);
        QCOMPARE(texts.size(), 2);
        QVERIFY2(texts.at(0).contains(u"unsaved edits: README.md"_s) && texts.at(0).contains(modulePath),
                 qPrintable(texts.join(u'\n')));
        QVERIFY2(texts.at(1).contains(u"failed to generate: "_s + readingsPath), qPrintable(texts.join(u'\n')));
        const auto *list = dialog.findChild<QListWidget *>(u"findings"_s);
        QVERIFY(!list->item(0)->icon().isNull());
        QVERIFY(list->item(0)->data(Qt::AccessibleTextRole).toString().startsWith(u"Warning"_s));
        // Warnings do not block.
        QVERIFY(dialog.findChild<QPushButton *>(u"export"_s)->isEnabled());
    }

    void anEmptyPackageCannotBeExported()
    {
        QVERIFY(makeProject({}));
        ExportDialog dialog(*m_session, {}, ExportDialog::Mode::Folder);
        dialog.show();
        QVERIFY(findingTexts(dialog).constFirst().contains(u"no files"_s));
        QVERIFY(dialog.findChild<QListWidget *>(u"findings"_s)->item(0)->data(Qt::UserRole).toBool());
        QVERIFY(!dialog.findChild<QPushButton *>(u"export"_s)->isEnabled());
        dialog.startExport();
        QVERIFY(!dialog.isExporting());
    }

    void folderExportIntoANonEmptyFolderShowsTheExportersMessage()
    {
        QVERIFY(makeProject(completeFiles()));
        const QString folder = m_directory.filePath(u"occupied"_s);
        QVERIFY(QDir().mkpath(folder));
        {
            QFile notes(folder + u"/notes.txt"_s);
            QVERIFY(notes.open(QIODevice::WriteOnly));
            notes.write("mine\n");
        }
        // What FolderExporter says for this folder; it refuses, so this writes nothing.
        const QString expected = Pygen::FolderExporter::write(m_project->package(), folder).errorMessage;
        QVERIFY(!expected.isEmpty());

        ExportDialog dialog(*m_session, {}, ExportDialog::Mode::Folder);
        dialog.show();
        QCOMPARE(QDir::fromNativeSeparators(dialog.destination()),
                 m_directory.filePath(u"projects/weather-station-0.1.0"_s));
        auto *destination = dialog.findChild<QLineEdit *>(u"destination"_s);
        destination->selectAll();
        QTest::keyClicks(destination, QDir::toNativeSeparators(folder));
        QVERIFY(dialog.findChild<QCheckBox *>(u"replace"_s));
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"export"_s), Qt::LeftButton);
        QVERIFY(finished.wait());
        QVERIFY(!finished.constFirst().at(0).toBool());
        QCOMPARE(finished.constFirst().at(1).toString(), expected);
        QCOMPARE(dialog.findChild<QLabel *>(u"status"_s)->text(), expected);
        QVERIFY(!dialog.findChild<QPushButton *>(u"openFolder"_s)->isVisible());
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{u"notes.txt"_s});
    }

    void folderExportWritesThePackage()
    {
        QVERIFY(makeProject(completeFiles()));
        const QString folder = m_directory.filePath(u"exported/weather-station"_s);
        QVERIFY(QDir().mkpath(QFileInfo(folder).absolutePath()));
        ExportDialog dialog(*m_session, {}, ExportDialog::Mode::Folder);
        dialog.show();
        dialog.setDestination(folder);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"export"_s), Qt::LeftButton);
        QVERIFY(finished.wait());
        QVERIFY2(finished.constFirst().at(0).toBool(), qPrintable(finished.constFirst().at(1).toString()));
        QVERIFY(QFileInfo(folder + u"/"_s + readingsPath).isFile());
        m_openedUrls.clear();
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"openFolder"_s), Qt::LeftButton);
        QCOMPARE(m_openedUrls, QList<QUrl>{QUrl::fromLocalFile(folder)});
    }

    void cancellingLeavesNoZip()
    {
        QVERIFY(makeProject(completeFiles()));
        const QString zipPath = m_directory.filePath(u"cancelled.zip"_s);
        ExportDialog dialog(*m_session, {}, ExportDialog::Mode::Zip);
        dialog.show();
        dialog.setDestination(zipPath);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        // The slots of Export and Cancel, called back to back: a click may let events through in
        // between, and the export would be over before Cancel came.
        dialog.startExport();
        QVERIFY(dialog.findChild<QPushButton *>(u"cancelExport"_s)->isEnabled());
        dialog.cancelExport();
        QVERIFY(finished.wait());
        QVERIFY(!finished.constFirst().at(0).toBool());
        QVERIFY2(finished.constFirst().at(1).toString().contains(u"cancelled"_s),
                 qPrintable(finished.constFirst().at(1).toString()));
        QVERIFY(!QFileInfo::exists(zipPath));
        QVERIFY(!dialog.isExporting());
        QVERIFY(dialog.findChild<QPushButton *>(u"export"_s)->isEnabled());
    }
};

QTEST_MAIN(ExportDialogTest)
#include "ExportDialogTest.moc"
