#include "pipeline/FeatureListModel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using Pygen::FeatureListModel;
using namespace Qt::StringLiterals;

class FeatureListModelTest final : public QObject
{
    Q_OBJECT

private:
    // Every model in these tests is watched by the tester, which fails the test on any
    // inconsistency between the model's signals and its contents.
    struct Watched
    {
        FeatureListModel model;
        QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    };

private Q_SLOTS:
    void holdsAndEditsFeatures()
    {
        Watched watched;
        FeatureListModel &model = watched.model;
        QSignalSpy changed(&model, &FeatureListModel::featuresChanged);
        model.setFeatures({u"Fetch"_s, u"Plot"_s});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(1)).toString(), u"Plot"_s);
        QVERIFY(model.flags(model.index(0)).testFlag(Qt::ItemIsEditable));
        QVERIFY(model.setData(model.index(1), u"  Plot charts  "_s));
        QCOMPARE(model.features(), (QStringList{u"Fetch"_s, u"Plot charts"_s}));
        QVERIFY(model.insertRows(2, 1));
        QVERIFY(model.setData(model.index(2), u"Export"_s));
        QVERIFY(model.removeRows(0, 1));
        QCOMPARE(model.features(), (QStringList{u"Plot charts"_s, u"Export"_s}));
        QVERIFY(changed.count() >= 5);
    }

    void movesRows_data()
    {
        QTest::addColumn<int>("source");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("destination");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("down by one") << 0 << 1 << 2 << QStringList{u"b"_s, u"a"_s, u"c"_s, u"d"_s};
        QTest::newRow("up by one") << 2 << 1 << 1 << QStringList{u"a"_s, u"c"_s, u"b"_s, u"d"_s};
        QTest::newRow("to the end") << 0 << 1 << 4 << QStringList{u"b"_s, u"c"_s, u"d"_s, u"a"_s};
        QTest::newRow("block to the front") << 2 << 2 << 0 << QStringList{u"c"_s, u"d"_s, u"a"_s, u"b"_s};
    }

    void movesRows()
    {
        QFETCH(int, source);
        QFETCH(int, count);
        QFETCH(int, destination);
        QFETCH(QStringList, expected);
        Watched watched;
        watched.model.setFeatures({u"a"_s, u"b"_s, u"c"_s, u"d"_s});
        QVERIFY(watched.model.moveRows({}, source, count, {}, destination));
        QCOMPARE(watched.model.features(), expected);
    }

    void refusesMovesOntoItself()
    {
        Watched watched;
        watched.model.setFeatures({u"a"_s, u"b"_s});
        QVERIFY(!watched.model.moveRows({}, 0, 1, {}, 1));
        QVERIFY(!watched.model.moveRows({}, 1, 1, {}, 3));
        QCOMPARE(watched.model.features(), (QStringList{u"a"_s, u"b"_s}));
    }

    void stripsListMarkers_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("hyphen") << u"- Fetch data"_s << u"Fetch data"_s;
        QTest::newRow("star") << u"  * Fetch data"_s << u"Fetch data"_s;
        QTest::newRow("bullet") << u"• Fetch data"_s << u"Fetch data"_s;
        QTest::newRow("number dot") << u"1. Fetch data"_s << u"Fetch data"_s;
        QTest::newRow("number paren") << u"12) Fetch data"_s << u"Fetch data"_s;
        QTest::newRow("task box") << u"- [ ] Fetch data"_s << u"Fetch data"_s;
        QTest::newRow("no marker") << u"Fetch data"_s << u"Fetch data"_s;
        QTest::newRow("hyphenated word kept") << u"-v flag support"_s << u"-v flag support"_s;
        QTest::newRow("version number kept") << u"3.12 support"_s << u"3.12 support"_s;
    }

    void stripsListMarkers()
    {
        QFETCH(QString, line);
        QFETCH(QString, expected);
        QCOMPARE(FeatureListModel::stripListMarker(line), expected);
    }

    void insertsManyLinesAtOnce()
    {
        Watched watched;
        FeatureListModel &model = watched.model;
        model.setFeatures({u"First"_s, u"Last"_s});
        const int added = model.insertLines(1, u"- Fetch data\r\n\n  * Plot it\n1. Export CSV\n   \n"_s);
        QCOMPARE(added, 3);
        QCOMPARE(model.features(),
                 (QStringList{u"First"_s, u"Fetch data"_s, u"Plot it"_s, u"Export CSV"_s, u"Last"_s}));
        QCOMPARE(model.insertLines(-1, u"\n\n"_s), 0);
        QCOMPARE(model.insertLines(-1, u"Appended"_s), 1);
        QCOMPARE(model.features().constLast(), u"Appended"_s);
    }

    void flagsEmptyAndDuplicateFeatures()
    {
        Watched watched;
        FeatureListModel &model = watched.model;
        model.setFeatures({u"Fetch data"_s, u""_s, u"fetch  DATA"_s, u"Plot"_s});
        QVERIFY(!model.problem(0));
        QVERIFY(model.problem(1));
        QVERIFY2(model.problem(1)->contains(u"empty"_s), qPrintable(*model.problem(1)));
        QVERIFY(model.problem(2));
        QVERIFY2(model.problem(2)->contains(u"repeats feature 1"_s), qPrintable(*model.problem(2)));
        QCOMPARE(model.data(model.index(2), FeatureListModel::ProblemRole).toString(), *model.problem(2));
        QVERIFY(!model.data(model.index(3), FeatureListModel::ProblemRole).isValid());
        QVERIFY(model.hasProblems());
        QCOMPARE(model.usableCount(), 2);

        // Editing the first copy clears the duplicate on another row, and says so.
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(0), u"Download data"_s));
        QVERIFY(!model.problem(2));
        const bool coversRowTwo =
            std::any_of(dataChanged.cbegin(), dataChanged.cend(), [](const QList<QVariant> &args) {
                return args.at(0).toModelIndex().row() <= 2 && args.at(1).toModelIndex().row() >= 2;
            });
        QVERIFY(coversRowTwo);
        QVERIFY(model.removeRows(1, 1));
        QVERIFY(!model.hasProblems());
    }

    void dragsRowsAsMimeDataAndDropsThemBack()
    {
        Watched watched;
        FeatureListModel &model = watched.model;
        model.setFeatures({u"a"_s, u"b"_s, u"c"_s});
        QVERIFY(model.mimeTypes().contains(QString(FeatureListModel::mimeType)));
        const std::unique_ptr<QMimeData> data(model.mimeData({model.index(2), model.index(0)}));
        QVERIFY(data->hasFormat(QString(FeatureListModel::mimeType)));
        QCOMPARE(data->text(), u"a\nc"_s);
        QVERIFY(model.canDropMimeData(data.get(), Qt::CopyAction, 1, 0, {}));
        QVERIFY(model.dropMimeData(data.get(), Qt::CopyAction, 1, 0, {}));
        QCOMPARE(model.features(), (QStringList{u"a"_s, u"a"_s, u"c"_s, u"b"_s, u"c"_s}));
        // Onto an item is not a place in a flat list.
        QVERIFY(!model.canDropMimeData(data.get(), Qt::CopyAction, -1, -1, model.index(0)));
    }

    void dropsPlainTextAsFeatures()
    {
        Watched watched;
        FeatureListModel &model = watched.model;
        QMimeData data;
        data.setText(u"- one\n- two"_s);
        QVERIFY(model.dropMimeData(&data, Qt::CopyAction, -1, -1, {}));
        QCOMPARE(model.features(), (QStringList{u"one"_s, u"two"_s}));
    }
};

QTEST_GUILESS_MAIN(FeatureListModelTest)
#include "FeatureListModelTest.moc"
