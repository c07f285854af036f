#include "CodeEditor.h"
#include "ImageColourAnalysis.h"
#include "MainWindow.h"
#include "TestData.h"

#include <QScreen>
#include <QSignalSpy>
#include <QStatusBar>
#include <QtTest/QTest>

#include <algorithm>
#include <cstdlib>

using Pygen::MainWindow;

// Runs on Xvfb: takes a real screenshot of the main window with a Python file open and checks
// that the editor shows it in more than one colour. Catches highlighting that is not applied,
// or applied without a theme (which paints the text invisible). The PNG is kept in the build
// tree (tests/output/main-window.png) for people to look at.
class MainWindowScreenshotTest final : public QObject
{
    Q_OBJECT

private:
    static QImage grab(const MainWindow &window)
    {
        return window.screen()->grabWindow(window.winId()).toImage().convertToFormat(QImage::Format_RGB32);
    }

    static QImage editorPart(const MainWindow &window, const QImage &screenshot)
    {
        const QWidget *viewport = window.editor()->viewport();
        const QRect area(viewport->mapTo(&window, QPoint(0, 0)), viewport->size());
        const qreal scale = screenshot.devicePixelRatio();
        return screenshot.copy(
            QRect((QPointF(area.topLeft()) * scale).toPoint(), (QSizeF(area.size()) * scale).toSize()));
    }

    // Whether the X server shows what the editor currently renders. Painting trails the
    // widget's state by a few event-loop turns, so a screenshot taken too early shows the
    // previous file.
    static bool screenShowsEditor(const MainWindow &window)
    {
        const QImage onScreen = editorPart(window, grab(window));
        const QImage rendered = window.editor()->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        if (onScreen.size() != rendered.size() || onScreen.isNull())
            return false;
        qsizetype differing = 0;
        for (int y = 0; y < rendered.height(); ++y) {
            const auto *screenLine = reinterpret_cast<const QRgb *>(onScreen.constScanLine(y));
            const auto *renderedLine = reinterpret_cast<const QRgb *>(rendered.constScanLine(y));
            for (int x = 0; x < rendered.width(); ++x) {
                const QRgb a = screenLine[x];
                const QRgb b = renderedLine[x];
                if (std::max(
                        {std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))})
                    > 8)
                    ++differing;
            }
        }
        return differing * 200 < qsizetype(rendered.width()) * rendered.height();
    }

private Q_SLOTS:
    void editorShowsHighlightedPython()
    {
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));

        MainWindow window;
        window.resize(1280, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The README first, so the documentation viewer has something to show; then the module.
        QSignalSpy opened(&window, &MainWindow::fileOpened);
        window.openFile(TestData::path(QStringLiteral("README.md")));
        QVERIFY(opened.wait());
        window.openFile(TestData::path(QStringLiteral("weather_station.py")));
        QVERIFY(opened.wait());
        QCOMPARE(window.editor()->definitionName(), QStringLiteral("Python"));

        QTRY_VERIFY_WITH_TIMEOUT(screenShowsEditor(window), 10'000);
        const QImage screenshot = grab(window);
        const QString path = TestData::outputPath(QStringLiteral("main-window.png"));
        QVERIFY2(screenshot.save(path), qPrintable(path));
        qInfo("Screenshot written to %s", qPrintable(path));

        const int colours = ImageColourAnalysis::foregroundColourCount(editorPart(window, screenshot));
        QVERIFY2(colours >= 2, qPrintable(QStringLiteral("the editor shows %1 text colour(s)").arg(colours)));
    }
};

QTEST_MAIN(MainWindowScreenshotTest)
#include "MainWindowScreenshotTest.moc"
