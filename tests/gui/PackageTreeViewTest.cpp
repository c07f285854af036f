#include "PackageTreeView.h"
#include "PackageItemDelegate.h"
#include "TestData.h"
#include "package/PackageTreeModel.h"
#include "project/ProjectSession.h"

#include <QAction>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using Pygen::FileOrigin;
using Pygen::FileRole;
using Pygen::FileStatus;
using Pygen::PackageItemDelegate;
using Pygen::PackageTreeModel;
using Pygen::PackageTreeView;
using Pygen::Project;
using Pygen::ProjectSession;
using Pygen::ProjectState;

Q_DECLARE_METATYPE(Pygen::PackageItemDelegate::BadgeKind)

class PackageTreeViewTest final : public QObject
{
    Q_OBJECT

private:
    // A session over a project with a few files, and a shown, focused view of it.
    struct Fixture
    {
        QTemporaryDir directory;
        std::shared_ptr<Project> project;
        std::unique_ptr<ProjectSession> session;
        PackageTreeView view;

        Fixture()
        {
            Project::LoadResult created = Project::create(directory.filePath(u"project"_s), ProjectState{});
            if (!created.project)
                qFatal("project: %s", qPrintable(created.errorMessage));
            project = std::move(created.project);
            for (const QString &path : {u"README.md"_s, u"pyproject.toml"_s, u"src/weather/__init__.py"_s,
                                        u"src/weather/core.py"_s, u"tests/test_core.py"_s}) {
                if (const auto refused = project->writeFile(
                        {path, "# content\n", FileRole::Module, FileOrigin::Generated, FileStatus::Generated, {}}))
                    qFatal("write: %s", qPrintable(*refused));
            }
            session = std::make_unique<ProjectSession>(project);
            view.setSession(session.get());
            view.resize(420, 360);
        }

        bool showFocused()
        {
            view.show();
            view.activateWindow();
            view.setFocus();
            return QTest::qWaitForWindowActive(&view) && view.hasFocus();
        }

        void makeCurrent(const QString &path)
        {
            const QModelIndex index = view.packageModel()->indexForPath(path);
            QVERIFY2(index.isValid(), qPrintable(path));
            view.setCurrentIndex(index);
        }

        QString onDisk(const QString &path) const { return project->packageFolder() + u'/' + path; }

        // Waits until every queued write is on disk.
        bool flush()
        {
            QFuture<void> flushed = project->flushed();
            return QTest::qWaitFor([&flushed] { return flushed.isFinished(); }, 10'000);
        }

        template<typename Dialog>
        Dialog *visibleDialog()
        {
            Dialog *found = nullptr;
            const auto dialogs = view.findChildren<Dialog *>();
            for (Dialog *dialog : dialogs) {
                if (dialog->isVisible())
                    found = dialog;
            }
            return found;
        }
    };

    // The offscreen platform does not activate a new dialog the way a desktop does, so keys would
    // still reach the tree; the dialog's OK button is clicked instead of pressing Enter.
    static void clickOk(QWidget *dialog)
    {
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    static QImage iconImage(const QIcon &icon) { return icon.pixmap(QSize(16, 16), 1.0).toImage(); }

    static int opaquePixels(const QImage &image)
    {
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                count += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
        }
        return count;
    }

    static bool near(QRgb a, const QColor &b, int tolerance)
    {
        return qAbs(qRed(a) - b.red()) <= tolerance && qAbs(qGreen(a) - b.green()) <= tolerance
            && qAbs(qBlue(a) - b.blue()) <= tolerance;
    }

    static int pixelsNear(const QImage &image, const QRect &rect, const QColor &colour, int tolerance)
    {
        int count = 0;
        for (int y = rect.top(); y <= rect.bottom(); ++y) {
            for (int x = rect.left(); x <= rect.right(); ++x)
                count += near(image.pixel(x, y), colour, tolerance) ? 1 : 0;
        }
        return count;
    }

    // WCAG relative luminance and contrast ratio.
    static double luminance(const QColor &colour)
    {
        auto channel = [](double value) {
            return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
    }

    static double contrast(const QColor &a, const QColor &b)
    {
        const double la = luminance(a);
        const double lb = luminance(b);
        return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
    }

private Q_SLOTS:
    void isReachableByKeyboardAndNamed()
    {
        Fixture fixture;
        QVERIFY(!fixture.view.accessibleName().isEmpty());
        for (QAction *action : {fixture.view.openAction(), fixture.view.renameAction(), fixture.view.deleteAction(),
                                fixture.view.newFileAction(), fixture.view.copyPathAction()}) {
            QVERIFY2(fixture.view.actions().contains(action), qPrintable(action->text()));
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
        }
        QCOMPARE(fixture.view.renameAction()->shortcut(), QKeySequence(Qt::Key_F2));
        QCOMPARE(fixture.view.deleteAction()->shortcut(), QKeySequence(QKeySequence::Delete));
    }

    void iconsShowTheKindOfFile()
    {
        Fixture fixture;
        PackageTreeModel *model = fixture.view.packageModel();
        const QIcon python = fixture.view.iconForIndex(model->indexForPath(u"src/weather/core.py"_s));
        const QIcon markdown = fixture.view.iconForIndex(model->indexForPath(u"README.md"_s));
        const QIcon folder = fixture.view.iconForIndex(model->indexForPath(u"src/weather"_s));
        const QIcon test = fixture.view.iconForIndex(model->indexForPath(u"tests/test_core.py"_s));
        const QIcon config = fixture.view.iconForIndex(model->indexForPath(u"pyproject.toml"_s));

        const QList<QImage> images{iconImage(python), iconImage(markdown), iconImage(folder), iconImage(test),
                                   iconImage(config)};
        for (qsizetype i = 0; i < images.size(); ++i) {
            QVERIFY2(opaquePixels(images[i]) > 40, qPrintable(QString::number(i)));
            for (qsizetype j = 0; j < i; ++j)
                QVERIFY2(images[i] != images[j], qPrintable(u"%1 and %2 look the same"_s.arg(i).arg(j)));
        }
        // Drawn from SVG: sharp at 200 % too.
        QCOMPARE(python.pixmap(QSize(16, 16), 2.0).size(), QSize(32, 32));
    }

    void enterAndDoubleClickOpenAFile()
    {
        Fixture fixture;
        QVERIFY(fixture.showFocused());
        QSignalSpy open(&fixture.view, &PackageTreeView::openRequested);

        fixture.makeCurrent(u"src/weather/core.py"_s);
        QTest::keyClick(&fixture.view, Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.constLast().constFirst().toString(), u"src/weather/core.py"_s);

        const QRect readme = fixture.view.visualRect(fixture.view.packageModel()->indexForPath(u"README.md"_s));
        // What a platform sends for a double click: a click, then the double click.
        QTest::mouseClick(fixture.view.viewport(), Qt::LeftButton, {}, readme.center());
        QTest::mouseDClick(fixture.view.viewport(), Qt::LeftButton, {}, readme.center());
        QCOMPARE(open.size(), 2);
        QCOMPARE(open.constLast().constFirst().toString(), u"README.md"_s);

        // Enter on a folder folds it instead.
        fixture.makeCurrent(u"src"_s);
        QVERIFY(fixture.view.isExpanded(fixture.view.currentIndex()));
        QTest::keyClick(&fixture.view, Qt::Key_Return);
        QVERIFY(!fixture.view.isExpanded(fixture.view.currentIndex()));
        QCOMPARE(open.size(), 2);
    }

    void renamesWithF2()
    {
        Fixture fixture;
        QVERIFY(fixture.showFocused());
        fixture.makeCurrent(u"src/weather/core.py"_s);
        QTest::keyClick(&fixture.view, Qt::Key_F2);

        QInputDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = fixture.visibleDialog<QInputDialog>()));
        QCOMPARE(dialog->textValue(), u"src/weather/core.py"_s);
        auto *edit = dialog->findChild<QLineEdit *>();
        QVERIFY(edit);
        QCOMPARE(edit->selectedText(), u"core"_s); // typing replaces the name, keeps the suffix
        QTest::keyClicks(edit, u"engine"_s);
        QCOMPARE(dialog->textValue(), u"src/weather/engine.py"_s);
        clickOk(dialog);

        QVERIFY(fixture.flush());
        QVERIFY(QFileInfo::exists(fixture.onDisk(u"src/weather/engine.py"_s)));
        QVERIFY(!QFileInfo::exists(fixture.onDisk(u"src/weather/core.py"_s)));
        QCOMPARE(fixture.view.currentPath(), u"src/weather/engine.py"_s);
        QVERIFY(!fixture.view.packageModel()->indexForPath(u"src/weather/core.py"_s).isValid());
    }

    void refusedRenameExplainsWhy()
    {
        Fixture fixture;
        QVERIFY(fixture.showFocused());
        fixture.makeCurrent(u"README.md"_s);
        QTest::keyClick(&fixture.view, Qt::Key_F2);
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = fixture.visibleDialog<QInputDialog>()));
        dialog->setTextValue(u"../x"_s);
        dialog->accept();

        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = fixture.visibleDialog<QMessageBox>()));
        QVERIFY2(box->text().contains(u"../x"_s), qPrintable(box->text()));
        QVERIFY(fixture.flush());
        QVERIFY(QFileInfo::exists(fixture.onDisk(u"README.md"_s)));
        QVERIFY(fixture.view.packageModel()->indexForPath(u"README.md"_s).isValid());
    }

    void deletesWithDelAfterConfirmation()
    {
        Fixture fixture;
        QVERIFY(fixture.showFocused());
        fixture.makeCurrent(u"pyproject.toml"_s);

        // Cancel keeps the file.
        QTest::keyClick(&fixture.view, Qt::Key_Delete);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = fixture.visibleDialog<QMessageBox>()));
        QVERIFY(box->text().contains(u"pyproject.toml"_s));
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!fixture.visibleDialog<QMessageBox>());
        QVERIFY(fixture.view.packageModel()->indexForPath(u"pyproject.toml"_s).isValid());

        QTest::keyClick(&fixture.view, Qt::Key_Delete);
        QTRY_VERIFY((box = fixture.visibleDialog<QMessageBox>()));
        QAbstractButton *remove = nullptr;
        const auto buttons = box->buttons();
        for (QAbstractButton *button : buttons) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                remove = button;
        }
        QVERIFY(remove);
        QTest::mouseClick(remove, Qt::LeftButton);

        QVERIFY(fixture.flush());
        QVERIFY(!QFileInfo::exists(fixture.onDisk(u"pyproject.toml"_s)));
        QVERIFY(!fixture.view.packageModel()->indexForPath(u"pyproject.toml"_s).isValid());
        QVERIFY(!fixture.project->state().files.contains(u"pyproject.toml"_s));
    }

    void deletesAFolderWithItsFiles()
    {
        Fixture fixture;
        QVERIFY(fixture.showFocused());
        fixture.makeCurrent(u"src"_s);
        fixture.view.deleteAction()->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = fixture.visibleDialog<QMessageBox>()));
        QVERIFY2(box->text().contains(u"2"_s), qPrintable(box->text()));
        const auto buttons = box->buttons();
        for (QAbstractButton *button : buttons) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
        QVERIFY(fixture.flush());
        QVERIFY(!QFileInfo::exists(fixture.onDisk(u"src/weather/core.py"_s)));
        QVERIFY(!QFileInfo::exists(fixture.onDisk(u"src/weather/__init__.py"_s)));
        QVERIFY(!fixture.view.packageModel()->indexForPath(u"src"_s).isValid());
    }

    void createsANewFileInTheCurrentFolder()
    {
        Fixture fixture;
        QVERIFY(fixture.showFocused());
        QSignalSpy open(&fixture.view, &PackageTreeView::openRequested);
        fixture.makeCurrent(u"src/weather/core.py"_s); // beside it

        QTest::keyClick(&fixture.view, Qt::Key_N, Qt::ControlModifier | Qt::AltModifier);
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = fixture.visibleDialog<QInputDialog>()));
        QCOMPARE(dialog->textValue(), u"src/weather/"_s);
        auto *edit = dialog->findChild<QLineEdit *>();
        QVERIFY(edit);
        QTest::keyClicks(edit, u"units.py"_s);
        clickOk(dialog);

        QCOMPARE(open.size(), 1);
        QCOMPARE(open.constFirst().constFirst().toString(), u"src/weather/units.py"_s);
        QCOMPARE(fixture.view.currentPath(), u"src/weather/units.py"_s);
        QVERIFY(fixture.flush());
        QFile file(fixture.onDisk(u"src/weather/units.py"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.size(), 0);
        const QModelIndex created = fixture.view.packageModel()->indexForPath(u"src/weather/units.py"_s);
        QCOMPARE(created.data(PackageTreeModel::BadgeRole).toString(), u"edited by you"_s);
    }

    void copiesThePathToTheClipboard()
    {
        Fixture fixture;
        QVERIFY(fixture.showFocused());
        QGuiApplication::clipboard()->clear();
        fixture.makeCurrent(u"tests/test_core.py"_s);
        QTest::keyClick(&fixture.view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"tests/test_core.py"_s);
    }

    void paintsTheBadgeOfAFileBeingGenerated()
    {
        Fixture fixture;
        QVERIFY(fixture.showFocused());
        ProjectState state = fixture.project->state();
        state.files[u"src/weather/core.py"_s].status = FileStatus::Generating;
        fixture.project->setState(state);

        const QModelIndex index = fixture.view.packageModel()->indexForPath(u"src/weather/core.py"_s);
        QCOMPARE(index.data(PackageTreeModel::BadgeRole).toString(), u"generating"_s);
        // The pill needs room beyond the name and icon.
        QStyleOptionViewItem option;
        option.initFrom(fixture.view.viewport());
        option.font = fixture.view.font();
        option.rect = fixture.view.visualRect(index);
        QVERIFY(fixture.view.packageDelegate()->sizeHint(option, index).width()
                > QStyledItemDelegate().sizeHint(option, index).width() + 30);

        const QRect badge = fixture.view.packageDelegate()->badgeRect(option, index);
        QVERIFY(!badge.isEmpty());
        QVERIFY(option.rect.contains(badge));
        const QImage image = fixture.view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const auto colours =
            PackageItemDelegate::badgeColours(PackageItemDelegate::BadgeKind::Generating, fixture.view.palette());
        const QRect inside = badge.adjusted(2, 2, -2, -2);
        const int area = inside.width() * inside.height();
        QVERIFY2(pixelsNear(image, inside, colours.background, 6) > area / 3,
                 "the pill should be filled with the generating colour");
        QVERIFY2(pixelsNear(image, inside, colours.text, 40) > 5, "the badge text should be painted");
        // A generated file's pill has another colour.
        const auto generated =
            PackageItemDelegate::badgeColours(PackageItemDelegate::BadgeKind::Generated, fixture.view.palette());
        QCOMPARE(pixelsNear(image, inside, generated.background, 6), 0);
    }

    void followsADarkPalette()
    {
        Fixture fixture;
        ProjectState state = fixture.project->state();
        state.files[u"src/weather/core.py"_s].status = FileStatus::Generating;
        state.files[u"tests/test_core.py"_s].status = FileStatus::Failed;
        state.files[u"pyproject.toml"_s].origin = FileOrigin::Edited;
        state.files[u"src/weather/__init__.py"_s].origin = FileOrigin::Fallback;
        Pygen::Plan plan;
        plan.files = {{u"docs/usage.md"_s, FileRole::Doc, u"usage"_s, {}, {}}};
        state.plan = plan;
        fixture.project->setState(state);
        fixture.view.resize(340, 260);
        QVERIFY(fixture.showFocused());

        const QModelIndex index = fixture.view.packageModel()->indexForPath(u"src/weather/core.py"_s);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
        dark.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        for (const bool useDark : {false, true}) {
            if (useDark)
                fixture.view.setPalette(dark);
            QStyleOptionViewItem option;
            option.initFrom(fixture.view.viewport());
            option.font = fixture.view.font();
            option.rect = fixture.view.visualRect(index);
            const QRect inside = fixture.view.packageDelegate()->badgeRect(option, index).adjusted(2, 2, -2, -2);
            const QImage image = fixture.view.grab().toImage().convertToFormat(QImage::Format_RGB32);
            image.save(TestData::outputPath(useDark ? u"PackageTreeView-dark.png"_s : u"PackageTreeView-light.png"_s));
            const QImage viewport = fixture.view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
            const auto colours = PackageItemDelegate::badgeColours(PackageItemDelegate::BadgeKind::Generating,
                                                                   fixture.view.viewport()->palette());
            QCOMPARE(colours.background.lightness() < 128, useDark);
            QVERIFY2(pixelsNear(viewport, inside, colours.background, 6) > inside.width() * inside.height() / 3,
                     useDark ? "dark" : "light");
        }
    }

    void badgeColoursReadOnLightAndDark_data()
    {
        QTest::addColumn<PackageItemDelegate::BadgeKind>("kind");
        using Kind = PackageItemDelegate::BadgeKind;
        QTest::newRow("planned") << Kind::Planned;
        QTest::newRow("generating") << Kind::Generating;
        QTest::newRow("generated") << Kind::Generated;
        QTest::newRow("edited") << Kind::Edited;
        QTest::newRow("fallback") << Kind::Fallback;
        QTest::newRow("failed") << Kind::Failed;
        QTest::newRow("skipped") << Kind::Skipped;
    }

    void badgeColoursReadOnLightAndDark()
    {
        QFETCH(PackageItemDelegate::BadgeKind, kind);
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
        for (const QPalette &palette : {light, dark}) {
            const auto colours = PackageItemDelegate::badgeColours(kind, palette);
            QVERIFY2(contrast(colours.text, colours.background) >= 4.5,
                     qPrintable(u"%1 on %2"_s.arg(colours.text.name(), colours.background.name())));
            // The pill stands out from the row behind it.
            QVERIFY(contrast(colours.border, palette.color(QPalette::Base)) >= 1.3);
        }
        QVERIFY(PackageItemDelegate::badgeColours(kind, light).background.lightness()
                > PackageItemDelegate::badgeColours(kind, dark).background.lightness());
    }

    void showsNothingWithoutASession()
    {
        Fixture fixture;
        QVERIFY(fixture.view.model()->rowCount() > 0);
        fixture.view.setSession(nullptr);
        QCOMPARE(fixture.view.model()->rowCount(), 0);
        QVERIFY(!fixture.view.newFileAction()->isEnabled());
        QVERIFY(!fixture.view.renameAction()->isEnabled());
    }
};

QTEST_MAIN(PackageTreeViewTest)
#include "PackageTreeViewTest.moc"
