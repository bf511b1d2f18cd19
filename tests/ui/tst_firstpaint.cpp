#include "appstyle.h"
#include "languagemanager.h"
#include "mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QMenuBar>
#include <QStyleOption>
#include <QTest>

using hn::ui::AppStyle;
using hn::ui::LanguageManager;
using hn::ui::MainWindow;

namespace {
// The libraries this process has loaded whose path contains `part` (Linux: /proc/self/maps).
bool loaded(const QByteArray &part)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains(part);
}

int paintedPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            n += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    }
    return n;
}

// Pixels whose coverage differs noticeably (antialiased edges may differ by rounding).
int differingPixels(const QImage &a, const QImage &b)
{
    int n = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x)
            n += qAbs(qAlpha(a.pixel(x, y)) - qAlpha(b.pixel(x, y))) > 64 ? 1 : 0;
    }
    return n;
}
} // namespace

// The start-up: the main window's first paint needs no image format plugin and not Qt SVG (a
// dozen libraries, a few milliseconds of every start); they come after it. One window per process:
// what a test loads stays loaded.
class TestFirstPaint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QApplication::setStyle(new AppStyle); }

    void theFirstPaintLoadsNoImagePlugins()
    {
        QVERIFY(!loaded("/imageformats/"));
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("nb")));
        MainWindow window(&languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.menuBar()->isVisible());
        QVERIFY2(!loaded("/imageformats/"), "an image format plugin was loaded before the first paint");
        QVERIFY2(!loaded("libQt6Svg"), "Qt SVG was loaded before the first paint");
        QVERIFY(window.windowIcon().isNull());
        // After it: the window icon, and the image plugins on another thread.
        QTRY_VERIFY(!window.windowIcon().isNull());
        QVERIFY(!window.windowIcon().pixmap(32, 32).isNull());
        QTRY_VERIFY_WITH_TIMEOUT(loaded("/imageformats/"), 10000);
    }

    void extensionArrowsAreDrawn()
    {
        AppStyle style;
        const QIcon horizontal = style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
        const QIcon vertical = style.standardIcon(QStyle::SP_ToolBarVerticalExtensionButton);
        QStyleOption rtl;
        rtl.direction = Qt::RightToLeft;
        const QIcon mirrored = style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton, &rtl);
        for (const QIcon &icon : {horizontal, vertical, mirrored}) {
            QVERIFY(!icon.isNull());
            for (const int side : {16, 32}) {
                const QImage image = icon.pixmap(side, side).toImage();
                QCOMPARE(image.width(), side);
                const int painted = paintedPixels(image);
                QVERIFY2(painted > side && painted < side * side / 2, qPrintable(QString::number(painted)));
            }
        }
        // Each points its own way; a disabled one is drawn in another colour.
        const QImage h = horizontal.pixmap(16, 16).toImage();
        QVERIFY(h != vertical.pixmap(16, 16).toImage());
        QVERIFY(h != mirrored.pixmap(16, 16).toImage());
        QVERIFY(differingPixels(mirrored.pixmap(16, 16).toImage().mirrored(true, false), h) <= 4);
        QVERIFY(differingPixels(mirrored.pixmap(16, 16).toImage(), h) > 16);
        QVERIFY(h != horizontal.pixmap(16, 16, QIcon::Disabled).toImage());
        // Every other icon is the platform style's own.
        QVERIFY(!style.standardIcon(QStyle::SP_MessageBoxWarning).isNull());
    }
};

QTEST_MAIN(TestFirstPaint)
#include "tst_firstpaint.moc"
