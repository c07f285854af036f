#include "MainWindow.h"
#include "CodeEditor.h"
#include "DocumentationViewer.h"
#include "TestData.h"

#include <QAbstractItemModel>
#include <QFileDialog>
#include <QIcon>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTreeView>
#include <QtTest/QTest>

using Pygen::MainWindow;

class MainWindowTest final : public QObject
{
    Q_OBJECT

private:
    static QString readWhole(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private Q_SLOTS:
    void showsTreeEditorAndDocumentation()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.fileTree()->isVisible());
        QCOMPARE(window.fileTree()->model()->rowCount(), 0);
        QVERIFY(window.editor()->isVisible());
        QVERIFY(window.documentationViewer()->isVisible());
        QVERIFY(!window.fileTree()->accessibleName().isEmpty());
        QVERIFY(!window.editor()->accessibleName().isEmpty());
    }

    void opensAPythonFileInTheEditor()
    {
        MainWindow window;
        QSignalSpy opened(&window, &MainWindow::fileOpened);
        const QString path = TestData::path(QStringLiteral("weather_station.py"));
        window.openFile(path);
        QVERIFY(opened.wait());
        QCOMPARE(opened.constFirst().constFirst().toString(), path);
        QCOMPARE(window.editor()->toPlainText(), readWhole(path));
        QCOMPARE(window.editor()->definitionName(), QStringLiteral("Python"));
        QCOMPARE(window.windowFilePath(), path);
    }

    void opensAFileChosenWithControlO()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy opened(&window, &MainWindow::fileOpened);

        QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QFileDialog *>()) && dialog->isVisible());
        const QString path = TestData::path(QStringLiteral("weather_station.py"));
        dialog->selectFile(path);
        QTest::keyClick(dialog, Qt::Key_Return);

        QVERIFY(opened.wait());
        QCOMPARE(QFileInfo(opened.constFirst().constFirst().toString()).canonicalFilePath(),
                 QFileInfo(path).canonicalFilePath());
        QCOMPARE(window.editor()->definitionName(), QStringLiteral("Python"));
    }

    void rendersMarkdownInTheDocumentationViewer()
    {
        MainWindow window;
        QSignalSpy opened(&window, &MainWindow::fileOpened);
        window.openFile(TestData::path(QStringLiteral("README.md")));
        QVERIFY(opened.wait());

        const QTextBlock title = window.documentationViewer()->document()->firstBlock();
        QCOMPARE(title.text(), QStringLiteral("weather-station"));
        QCOMPARE(title.blockFormat().headingLevel(), 1);
        QVERIFY(window.documentationViewer()->toPlainText().contains(QStringLiteral("print(summarise(")));
        QCOMPARE(window.editor()->definitionName(), QStringLiteral("Markdown"));
    }

    void explainsAFileItCannotOpenAndKeepsWhatWasShown()
    {
        MainWindow window;
        window.show();
        QSignalSpy opened(&window, &MainWindow::fileOpened);
        QSignalSpy failed(&window, &MainWindow::fileOpenFailed);
        window.openFile(TestData::path(QStringLiteral("weather_station.py")));
        QVERIFY(opened.wait());
        const QString shown = window.editor()->toPlainText();

        QTemporaryDir directory;
        const QString binary = directory.filePath(QStringLiteral("model.pkl"));
        QFile file(binary);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x80\x04\x95\x00\x00", 5));
        file.close();
        window.openFile(binary);
        QVERIFY(failed.wait());

        const QString message = failed.constFirst().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("model.pkl")) && message.contains(QStringLiteral("binary")),
                 qPrintable(message));
        QCOMPARE(window.editor()->toPlainText(), shown);
        auto *box = window.findChild<QMessageBox *>();
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QCOMPARE(box->text(), message);
    }

    void iconStaysSharpAtDoubleScale()
    {
        const QIcon icon(QStringLiteral(":/icons/pygen-studio.svg"));
        QVERIFY(!icon.isNull());
        const QPixmap pixmap = icon.pixmap(QSize(64, 64), 2.0);
        // Rendered from the vector at the doubled size, not a 64-pixel bitmap scaled up.
        QCOMPARE(pixmap.size(), QSize(128, 128));
        const QImage image = pixmap.toImage();
        QCOMPARE(qAlpha(image.pixel(64, 64)), 255);
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    }
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
