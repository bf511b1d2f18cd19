// The preview when its web view module cannot be loaded (HN_WEBVIEW_MODULE names a file that does
// not exist): the pane says so in the user's language and everything else keeps working.
#include "previewpane.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestPreviewMissing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void saysSoInsteadOfThePage()
    {
        hn::ui::PreviewPane pane;
        pane.setProvider([](const QDate &date, const QString &language) {
            hn::preview::PreviewInput input;
            input.date = date;
            input.language = language;
            input.officeName = QStringLiteral("Nordre legetjeneste");
            return input;
        });
        pane.resize(800, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(!pane.view());
        auto *message = pane.findChild<QLabel *>(QStringLiteral("previewUnavailable"));
        QVERIFY(message);
        QVERIFY(message->isVisible());
        QVERIFY(message->text().startsWith(QStringLiteral("The preview cannot be shown")));
        // The page is still rendered (for the PDF and the tests), just not shown.
        QSignalSpy rendered(&pane, &hn::ui::PreviewPane::rendered);
        pane.refresh();
        QCOMPARE(rendered.count(), 1);
        QVERIFY(rendered.first().at(0).toString().contains(QStringLiteral("Nordre legetjeneste")));
        // Saving as PDF reports failure instead of crashing.
        QTemporaryDir dir;
        QSignalSpy saved(&pane, &hn::ui::PreviewPane::pdfSaved);
        pane.savePdf(dir.filePath(QStringLiteral("x.pdf")));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.first().at(1).toBool(), false);
    }
};

int main(int argc, char *argv[])
{
    qputenv("HN_WEBVIEW_MODULE", "/nonexistent/libhn_webview.so");
    QApplication app(argc, argv);
    TestPreviewMissing test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_previewmissing.moc"
