// The citizen preview pane: the web view is created lazily, the page follows the date and language
// controls, malicious office text shows literally and runs nothing, and the page can be saved as PDF.
#include "previewpane.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QWebEngineView>

using namespace hn;

namespace {

const QDate absenceFrom(2026, 12, 1);
const QDate absenceTo(2026, 12, 10);
const QString evil = QStringLiteral("<script>document.title='pwned'</script><img src=x onerror=alert(1)>");

// A GP with three services; e-konsultasjon is closed and reseptfornyelse served by a substitute
// from absenceFrom to absenceTo (both inclusive).
preview::PreviewInput input(const QDate &date, const QString &language, const QString &closedText)
{
    preview::PreviewInput in;
    in.language = language;
    in.date = date;
    in.citizenName = QStringLiteral("Tora Hansen");
    in.gpName = QStringLiteral("Knut Andersen");
    in.officeName = QStringLiteral("Ekeberg legekontor");
    in.officePhone = QStringLiteral("22 66 99 00");
    const bool absent = date >= absenceFrom && date <= absenceTo;
    if (absent)
        in.infoTexts << QStringLiteral("Fastlegen har ferie til 10. desember.");
    for (const char *code : {"timebestilling", "e-konsultasjon", "reseptfornyelse"}) {
        preview::PreviewService s;
        s.code = QString::fromLatin1(code);
        if (absent && s.code == QLatin1String("e-konsultasjon")) {
            s.closed = true;
            s.closedText = closedText;
        }
        if (absent && s.code == QLatin1String("reseptfornyelse"))
            s.substitute = true;
        if (s.code == QLatin1String("e-konsultasjon"))
            s.officeText = QStringLiteral("Sykmeldinger krever fysisk legetime.");
        in.services << s;
    }
    return in;
}

} // namespace

class TestPreviewPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void webViewIsCreatedOnFirstShowOnly()
    {
        ui::PreviewPane pane;
        int calls = 0;
        pane.setProvider([&](const QDate &date, const QString &language) {
            ++calls;
            return input(date, language, QStringLiteral("Stengt."));
        });
        QVERIFY(calls > 0); // rendering does not need the view ...
        QVERIFY(!pane.currentHtml().isEmpty());
        QVERIFY(!pane.findChild<QWebEngineView *>()); // ... which does not exist before the first show
        QVERIFY(!pane.view());
        QSignalSpy loaded(&pane, &ui::PreviewPane::loadFinished);
        pane.resize(900, 700);
        pane.show();
        auto *view = pane.findChild<QWebEngineView *>();
        QVERIFY(view);
        QCOMPARE(static_cast<QWidget *>(view), pane.view());
        QVERIFY(!view->settings()->testAttribute(QWebEngineSettings::JavascriptEnabled));
        QVERIFY(!view->settings()->testAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls));
        QVERIFY(!view->settings()->testAttribute(QWebEngineSettings::PluginsEnabled));
        // It loads the page rendered before it existed.
        QVERIFY(loaded.wait(60000));
        QVERIFY(loaded.last().at(0).toBool());
        QCOMPARE(view->title(), QStringLiteral("Fastlegetjenester"));
        // Hiding and showing again keeps the one view.
        pane.hide();
        pane.show();
        QCOMPARE(pane.findChildren<QWebEngineView *>().size(), 1);
    }

    void followsDateAndLanguage()
    {
        ui::PreviewPane pane;
        const QString closed = QStringLiteral(
            "E-konsultasjon er midlertidig stengt av fastlegen din, og åpner igjen 11. desember 2026.");
        QList<QPair<QDate, QString>> asked;
        pane.setProvider([&](const QDate &date, const QString &language) {
            asked.append({date, language});
            return input(date, language, closed);
        });
        QSignalSpy rendered(&pane, &ui::PreviewPane::rendered);
        pane.setLanguage(QStringLiteral("nb"));

        // Before the absence: all open, no info box, the office's own text on the start page.
        pane.setDate(absenceFrom.addDays(-1));
        QCOMPARE(pane.date(), absenceFrom.addDays(-1));
        QCOMPARE(asked.last().first, absenceFrom.addDays(-1));
        QVERIFY(!rendered.isEmpty());
        QCOMPARE(rendered.last().at(0).toString(), pane.currentHtml());
        QString html = pane.currentHtml();
        QVERIFY(html.contains(QStringLiteral("data-code=\"e-konsultasjon\" data-state=\"open\"")));
        QVERIFY(html.contains(QStringLiteral("Legekontoret om e-konsultasjon")));
        QVERIFY(!html.contains(QStringLiteral("Informasjon fra legekontoret")));

        // On the last day of the absence: closed with its text, substitute note, info box.
        pane.setDate(absenceTo);
        html = pane.currentHtml();
        QVERIFY(html.contains(QStringLiteral("data-code=\"e-konsultasjon\" data-state=\"closed\"")));
        QVERIFY(html.contains(QStringLiteral("åpner igjen 11. desember 2026.")));
        QVERIFY(html.contains(QStringLiteral("data-code=\"reseptfornyelse\" data-state=\"substitute\"")));
        QVERIFY(html.contains(QStringLiteral("data-code=\"timebestilling\" data-state=\"open\"")));
        QVERIFY(html.contains(QStringLiteral("Informasjon fra legekontoret")));
        QVERIFY(!html.contains(QStringLiteral("Legekontoret om e-konsultasjon")));

        // The day after: open again.
        pane.setDate(absenceTo.addDays(1));
        html = pane.currentHtml();
        QVERIFY(html.contains(QStringLiteral("data-code=\"e-konsultasjon\" data-state=\"open\"")));
        QVERIFY(html.contains(QStringLiteral("data-code=\"reseptfornyelse\" data-state=\"open\"")));

        // The citizen's language comes from the combo box and goes to the provider.
        auto *combo = pane.findChild<QComboBox *>(QStringLiteral("previewLanguage"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 3);
        combo->setCurrentIndex(combo->findData(QStringLiteral("nn")));
        QCOMPARE(pane.language(), QStringLiteral("nn"));
        QCOMPARE(asked.last().second, QStringLiteral("nn"));
        QVERIFY(pane.currentHtml().contains(QStringLiteral("Kva treng du?")));
        pane.setLanguage(QStringLiteral("en"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("en"));
        QVERIFY(pane.currentHtml().contains(QStringLiteral("What do you need?")));
        pane.setLanguage(QStringLiteral("xx")); // unknown: unchanged
        QCOMPARE(pane.language(), QStringLiteral("en"));

        // Today.
        pane.findChild<QPushButton *>(QStringLiteral("previewToday"))->click();
        QCOMPARE(pane.date(), QDate::currentDate());
        QCOMPARE(asked.last().first, QDate::currentDate());
    }

    void nextAbsenceJumpsToTheProvidersDate()
    {
        ui::PreviewPane pane;
        pane.setProvider([&](const QDate &date, const QString &language) {
            return input(date, language, QStringLiteral("Stengt."));
        });
        auto *next = pane.findChild<QPushButton *>(QStringLiteral("previewNextAbsence"));
        QVERIFY(next);
        const QDate start = QDate::currentDate().addDays(-30);
        pane.setDate(start);
        // Without a provider the button does nothing.
        next->click();
        QCOMPARE(pane.date(), start);

        QDate askedFrom;
        std::optional<QDate> answer = QDate::currentDate().addDays(17);
        pane.setNextAbsenceProvider([&](const QDate &from) {
            askedFrom = from;
            return answer;
        });
        next->click();
        QVERIFY(askedFrom.isValid());
        QCOMPARE(pane.date(), *answer);
        QVERIFY(pane.currentHtml().contains(QStringLiteral("data-code=\"timebestilling\"")));
        // No absence ahead: the date stays.
        answer.reset();
        next->click();
        QCOMPARE(pane.date(), QDate::currentDate().addDays(17));
    }

    void maliciousTextShowsLiterallyAndRunsNothing()
    {
        ui::PreviewPane pane;
        pane.setProvider([&](const QDate &date, const QString &language) {
            preview::PreviewInput in = input(date, language, evil);
            in.infoTexts << evil;
            in.citizenName = QStringLiteral("<b onmouseover=alert(1)>Tora</b>");
            return in;
        });
        pane.setLanguage(QStringLiteral("nb"));
        pane.setDate(absenceFrom);
        QVERIFY(pane.currentHtml().contains(QStringLiteral("&lt;script&gt;")));
        QVERIFY(!pane.currentHtml().contains(QStringLiteral("<script")));

        QSignalSpy loaded(&pane, &ui::PreviewPane::loadFinished);
        pane.resize(900, 700);
        pane.show();
        QVERIFY(loaded.wait(60000));
        QVERIFY(loaded.last().at(0).toBool());

        QString text;
        int dangerous = -1;
        QString title;
        qobject_cast<QWebEngineView *>(pane.view())
            ->page()
            ->runJavaScript(
                QStringLiteral(
                    "[document.body.innerText, document.querySelectorAll('script,img[onerror],[onmouseover]')"
                    ".length, document.title]"),
                QWebEngineScript::ApplicationWorld, [&](const QVariant &v) {
                    const QVariantList l = v.toList();
                    text = l.value(0).toString();
                    title = l.value(2).toString();
                    dangerous = l.value(1).toInt();
                });
        QTRY_VERIFY_WITH_TIMEOUT(dangerous >= 0, 30000);
        QCOMPARE(dangerous, 0);
        QVERIFY2(text.contains(QStringLiteral("<script>document.title='pwned'</script>")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("<img src=x onerror=alert(1)>")));
        QVERIFY(text.contains(QStringLiteral("<b onmouseover=alert(1)>Tora</b>")));
        QCOMPARE(title, QStringLiteral("Fastlegetjenester"));
        QCOMPARE(qobject_cast<QWebEngineView *>(pane.view())->title(), QStringLiteral("Fastlegetjenester"));
    }

    void savePdfWritesAPdf()
    {
        ui::PreviewPane pane;
        pane.setProvider([&](const QDate &date, const QString &language) {
            return input(date, language, QStringLiteral("Stengt."));
        });
        QSignalSpy loaded(&pane, &ui::PreviewPane::loadFinished);
        pane.resize(900, 700);
        pane.show();
        QVERIFY(loaded.wait(60000));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pdf = dir.filePath(QStringLiteral("preview.pdf"));
        QSignalSpy saved(&pane, &ui::PreviewPane::pdfSaved);
        pane.savePdf(pdf);
        QVERIFY(saved.wait(60000));
        QCOMPARE(saved.last().at(0).toString(), pdf);
        QVERIFY(saved.last().at(1).toBool());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.size() > 1000);
        QCOMPARE(file.read(4), QByteArray("%PDF"));

        // A second save reports once, for its own file.
        const QString second = dir.filePath(QStringLiteral("second.pdf"));
        saved.clear();
        pane.savePdf(second);
        QVERIFY(saved.wait(60000));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.last().at(0).toString(), second);
        QVERIFY(QFile::exists(second));
    }

    void uiStringsAreEnglishSourceText()
    {
        ui::PreviewPane pane;
        QCOMPARE(pane.findChild<QPushButton *>(QStringLiteral("previewToday"))->text(), QStringLiteral("Today"));
        QCOMPARE(pane.findChild<QPushButton *>(QStringLiteral("previewNextAbsence"))->text(),
            QStringLiteral("Next absence"));
        QCOMPARE(pane.findChild<QPushButton *>(QStringLiteral("previewPdf"))->text(), QStringLiteral("Save as PDF…"));
        QVERIFY(pane.findChild<QDateEdit *>(QStringLiteral("previewDate"))->calendarPopup());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // required by Qt WebEngine
    QApplication app(argc, argv);
    TestPreviewPane test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_previewpane.moc"
