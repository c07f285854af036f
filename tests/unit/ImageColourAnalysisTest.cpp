#include "ImageColourAnalysis.h"

#include <QPainter>
#include <QtTest/QTest>

// The screenshot test trusts this analysis, so it is checked on pictures whose answer is known.
class ImageColourAnalysisTest final : public QObject
{
    Q_OBJECT

private:
    static QImage textImage(const QColor &background, const QList<QColor> &inks)
    {
        QImage image(480, 60 * qMax(1, int(inks.size())), QImage::Format_RGB32);
        image.fill(background);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::TextAntialiasing);
        QFont font = painter.font();
        font.setPixelSize(28);
        painter.setFont(font);
        for (int i = 0; i < inks.size(); ++i) {
            painter.setPen(inks.at(i));
            painter.drawText(10, 40 + 60 * i, QStringLiteral("def summarise(readings):"));
        }
        return image;
    }

private Q_SLOTS:
    void countsInkColours_data()
    {
        QTest::addColumn<QColor>("background");
        QTest::addColumn<QList<QColor>>("inks");
        QTest::addColumn<int>("expectedCount");

        const QColor white(Qt::white);
        const QColor dark(0x23, 0x26, 0x29);
        QTest::newRow("blank") << white << QList<QColor>{} << 0;
        QTest::newRow("black text") << white << QList<QColor>{Qt::black} << 1;
        QTest::newRow("invisible text") << white << QList<QColor>{white} << 0;
        QTest::newRow("black and red") << white << QList<QColor>{Qt::black, QColor(0xbf, 0x03, 0x03)} << 2;
        QTest::newRow("red, green, purple")
            << white << QList<QColor>{QColor(0xbf, 0x03, 0x03), QColor(0x00, 0x6e, 0x28), QColor(0x64, 0x4a, 0x9b)}
            << 3;
        QTest::newRow("light grey on dark") << dark << QList<QColor>{QColor(0xcf, 0xcf, 0xc2)} << 1;
        QTest::newRow("grey and orange on dark")
            << dark << QList<QColor>{QColor(0xcf, 0xcf, 0xc2), QColor(0xf6, 0x74, 0x00)} << 2;
    }

    void countsInkColours()
    {
        QFETCH(QColor, background);
        QFETCH(QList<QColor>, inks);
        QFETCH(int, expectedCount);

        const QImage image = textImage(background, inks);
        QCOMPARE(ImageColourAnalysis::dominantColour(image), background);
        QCOMPARE(ImageColourAnalysis::foregroundColourCount(image), expectedCount);
    }
};

QTEST_MAIN(ImageColourAnalysisTest)
#include "ImageColourAnalysisTest.moc"
