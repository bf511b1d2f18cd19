// The citizen page renderer: which entries a citizen sees on a date, in which language, and that no
// text typed by an office can become markup or script.
#include "preview/citizenpage.h"

#include <QRegularExpression>
#include <QTest>

using namespace hn::preview;

namespace {

PreviewService service(const QString &code)
{
    PreviewService s;
    s.code = code;
    return s;
}

PreviewInput baseInput()
{
    PreviewInput in;
    in.language = QStringLiteral("nb");
    in.date = QDate(2024, 4, 20);
    in.citizenName = QStringLiteral("Tora Hansen");
    in.gpName = QStringLiteral("Knut Andersen");
    in.officeName = QStringLiteral("Ekeberg legekontor");
    in.officePhone = QStringLiteral("22 66 99 00");
    in.services = {service(QStringLiteral("timebestilling")), service(QStringLiteral("e-konsultasjon")),
        service(QStringLiteral("reseptfornyelse"))};
    return in;
}

// The text between the opening tag of the element carrying `marker` and the next "</li>".
QString entry(const QString &html, const QString &code)
{
    const qsizetype start = html.indexOf(QStringLiteral("data-code=\"%1\"").arg(code));
    if (start < 0)
        return {};
    const qsizetype end = html.indexOf(QStringLiteral("</li>"), start);
    return html.mid(start, end - start);
}

QString section(const QString &html, const QString &id)
{
    const qsizetype start = html.indexOf(QStringLiteral("id=\"%1\"").arg(id));
    if (start < 0)
        return {};
    const qsizetype end = html.indexOf(QStringLiteral("</section>"), start);
    return html.mid(start, end - start);
}

} // namespace

class TestPreview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void openServicesShowTheirEntries()
    {
        const QString html = renderGpPage(baseInput());
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<h1>Fastlegetjenester</h1>")));
        QVERIFY(html.contains(QStringLiteral("Fastlege Knut Andersen ved Ekeberg legekontor")));
        QVERIFY(html.contains(QStringLiteral("Tora Hansen")));
        QVERIFY(html.contains(QStringLiteral("20. april 2024")));
        QVERIFY(html.contains(QStringLiteral("Hva trenger du?")));
        QVERIFY(html.contains(QStringLiteral("ring 113")));
        QVERIFY(html.contains(QStringLiteral("22 66 99 00")));
        QVERIFY(html.contains(QStringLiteral("116 117")));
        QVERIFY(entry(html, QStringLiteral("e-konsultasjon")).contains(QStringLiteral("data-state=\"open\"")));
        QVERIFY(entry(html, QStringLiteral("e-konsultasjon")).contains(QStringLiteral("Starte e-konsultasjon")));
        QVERIFY(entry(html, QStringLiteral("timebestilling")).contains(QStringLiteral("Bestille time")));
        QVERIFY(entry(html, QStringLiteral("reseptfornyelse")).contains(QStringLiteral("Forny resept")));
        // Services the GP does not offer are not shown.
        QVERIFY(entry(html, QStringLiteral("video")).isEmpty());
        QVERIFY(entry(html, QStringLiteral("journalkopi")).isEmpty());
        // Display order is the input's order.
        QVERIFY(html.indexOf(QStringLiteral("Bestille time")) < html.indexOf(QStringLiteral("Starte e-konsultasjon")));
        QVERIFY(html.indexOf(QStringLiteral("Starte e-konsultasjon")) < html.indexOf(QStringLiteral("Forny resept")));
        // The e-konsultasjon start page with its three points follows the entries.
        const QString start = section(html, QStringLiteral("e-konsultasjon"));
        QVERIFY(start.contains(QStringLiteral("E-konsultasjon: Dette du må vite før du begynner")));
        QVERIFY(start.contains(QStringLiteral("5 arbeidsdager")));
        QVERIFY(start.contains(QStringLiteral("vanlig egenandel")));
        QVERIFY(start.contains(QStringLiteral("ikke krever fysisk oppmøte")));
        QVERIFY(html.indexOf(QStringLiteral("Forny resept")) < html.indexOf(QStringLiteral("id=\"e-konsultasjon\"")));
    }

    void everyServiceTypeHasAnEntry_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("nb");
        QTest::addColumn<QString>("en");
        QTest::newRow("timebestilling") << "timebestilling"
                                        << "Bestille time"
                                        << "Book an appointment";
        QTest::newRow("e-konsultasjon") << "e-konsultasjon"
                                        << "Starte e-konsultasjon"
                                        << "Start an e-consultation";
        QTest::newRow("reseptfornyelse") << "reseptfornyelse"
                                         << "Forny resept"
                                         << "Renew a prescription";
        QTest::newRow("e-kontakt") << "e-kontakt"
                                   << "Send e-kontakt"
                                   << "Send an e-contact";
        QTest::newRow("video") << "video"
                               << "Videokonsultasjon"
                               << "Video consultation";
        QTest::newRow("journalkopi") << "journalkopi"
                                     << "Bestille journalkopi"
                                     << "Order a copy of your record";
    }

    void everyServiceTypeHasAnEntry()
    {
        QFETCH(QString, code);
        QFETCH(QString, nb);
        QFETCH(QString, en);
        PreviewInput in = baseInput();
        in.services = {service(code)};
        QString e = entry(renderGpPage(in), code);
        QVERIFY(e.contains(nb));
        QVERIFY(e.contains(QStringLiteral("class=\"service-description\"")));
        in.language = QStringLiteral("en");
        e = entry(renderGpPage(in), code);
        QVERIFY(e.contains(en));
    }

    void unknownServiceCodesAreSkipped()
    {
        PreviewInput in = baseInput();
        in.services.append(service(QStringLiteral("<b>bogus</b>")));
        const QString html = renderGpPage(in);
        QVERIFY(!html.contains(QStringLiteral("bogus")));
        QCOMPARE(html.count(QStringLiteral("<li class=\"service")), 3);
    }

    void closedServiceShowsItsTextInstead()
    {
        PreviewInput in = baseInput();
        in.services[1].closed = true;
        in.services[1].closedText
            = QStringLiteral("E-konsultasjon er midlertidig stengt av fastlegen din, og åpner igjen 25. april 2024.");
        in.services[1].officeText = QStringLiteral("Sykmeldinger krever fysisk legetime.");
        const QString html = renderGpPage(in);
        const QString e = entry(html, QStringLiteral("e-konsultasjon"));
        QVERIFY(e.contains(QStringLiteral("data-state=\"closed\"")));
        QVERIFY(e.contains(QStringLiteral("class=\"notice\"")));
        QVERIFY(e.contains(QStringLiteral("åpner igjen 25. april 2024.")));
        QVERIFY(!e.contains(QStringLiteral("Send melding til fastlegen")));
        // The start page shows the closed text, not the points or the office's box.
        const QString start = section(html, QStringLiteral("e-konsultasjon"));
        QVERIFY(start.contains(QStringLiteral("åpner igjen 25. april 2024.")));
        QVERIFY(!start.contains(QStringLiteral("5 arbeidsdager")));
        QVERIFY(!html.contains(QStringLiteral("Legekontoret om e-konsultasjon")));
        QVERIFY(!html.contains(QStringLiteral("Sykmeldinger")));
        // The other services stay open.
        QVERIFY(entry(html, QStringLiteral("timebestilling")).contains(QStringLiteral("data-state=\"open\"")));
        QVERIFY(entry(html, QStringLiteral("reseptfornyelse")).contains(QStringLiteral("data-state=\"open\"")));
    }

    void substituteIsANote()
    {
        PreviewInput in = baseInput();
        in.services[2].substitute = true;
        const QString e = entry(renderGpPage(in), QStringLiteral("reseptfornyelse"));
        QVERIFY(e.contains(QStringLiteral("data-state=\"substitute\"")));
        QVERIFY(e.contains(QStringLiteral("Forny resept")));
        QVERIFY(e.contains(QStringLiteral("class=\"substitute\"")));
        QVERIFY(e.contains(QStringLiteral("vikar")));
    }

    void infoTextsShownInOrderOrOmitted()
    {
        PreviewInput in = baseInput();
        QString html = renderGpPage(in);
        QVERIFY(!html.contains(QStringLiteral("Informasjon fra legekontoret")));
        QVERIFY(!html.contains(QStringLiteral("id=\"info\"")));

        in.infoTexts = {QStringLiteral("Vi har årets influensavaksine."), QStringLiteral("Stengt 17. mai.")};
        html = renderGpPage(in);
        const QString info = section(html, QStringLiteral("info"));
        QVERIFY(info.contains(QStringLiteral("Informasjon fra legekontoret")));
        QVERIFY(info.indexOf(QStringLiteral("influensavaksine")) < info.indexOf(QStringLiteral("Stengt 17. mai.")));
        // Above "Hva trenger du?", below the GP line.
        QVERIFY(html.indexOf(QStringLiteral("Fastlege Knut Andersen")) < html.indexOf(QStringLiteral("id=\"info\"")));
        QVERIFY(html.indexOf(QStringLiteral("id=\"info\"")) < html.indexOf(QStringLiteral("Hva trenger du?")));
    }

    void officeTextBox()
    {
        PreviewInput in = baseInput();
        QVERIFY(!renderGpPage(in).contains(QStringLiteral("Legekontoret om e-konsultasjon")));
        in.services[1].officeText = QStringLiteral("Husk at problemstillingen må egne seg.\nSykmeldinger krever "
                                                   "fysisk legetime.");
        const QString start = section(renderGpPage(in), QStringLiteral("e-konsultasjon"));
        QVERIFY(start.contains(QStringLiteral("id=\"office-text\"")));
        QVERIFY(start.contains(QStringLiteral("Legekontoret om e-konsultasjon")));
        QVERIFY(start.contains(QStringLiteral("må egne seg.<br>Sykmeldinger krever fysisk legetime.")));
        // The box follows the points.
        QVERIFY(start.indexOf(QStringLiteral("5 arbeidsdager")) < start.indexOf(QStringLiteral("office-text")));
    }

    void noConsultationNoStartPage()
    {
        PreviewInput in = baseInput();
        in.services.removeAt(1);
        const QString html = renderGpPage(in);
        QVERIFY(!html.contains(QStringLiteral("Dette du må vite")));
        QVERIFY(section(html, QStringLiteral("e-konsultasjon")).isEmpty());
    }

    void withoutPhoneTheUrgentLineStillNamesEmergencyNumbers()
    {
        PreviewInput in = baseInput();
        in.officePhone.clear();
        const QString html = renderGpPage(in);
        QVERIFY(html.contains(QStringLiteral("ring 113")));
        QVERIFY(html.contains(QStringLiteral("116 117")));
        QVERIFY(!html.contains(QStringLiteral("ring legekontoret på")));
    }

    void languages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("nb") << "nb"
                            << QStringList {QStringLiteral("lang=\"nb\""), QStringLiteral("Fastlegetjenester"),
                                   QStringLiteral("Informasjon fra legekontoret"), QStringLiteral("Hva trenger du?"),
                                   QStringLiteral("E-konsultasjon: Dette du må vite før du begynner"),
                                   QStringLiteral("Legekontoret om e-konsultasjon"),
                                   QStringLiteral("Fastlege Knut Andersen ved Ekeberg legekontor"),
                                   QStringLiteral("20. april 2024")};
        QTest::newRow("nn") << "nn"
                            << QStringList {QStringLiteral("lang=\"nn\""), QStringLiteral("Fastlegetenester"),
                                   QStringLiteral("Informasjon frå legekontoret"), QStringLiteral("Kva treng du?"),
                                   QStringLiteral("E-konsultasjon: Dette må du vite før du byrjar"),
                                   QStringLiteral("Fastlege Knut Andersen ved Ekeberg legekontor"),
                                   QStringLiteral("20. april 2024")};
        QTest::newRow("en") << "en"
                            << QStringList {QStringLiteral("lang=\"en\""), QStringLiteral("GP services"),
                                   QStringLiteral("Information from the GP office"),
                                   QStringLiteral("What do you need?"),
                                   QStringLiteral("E-consultation: what you need to know before you start"),
                                   QStringLiteral("The GP office about e-consultation"),
                                   QStringLiteral("GP Knut Andersen at Ekeberg legekontor"),
                                   QStringLiteral("20 April 2024")};
        QTest::newRow("unknown falls back to nb")
            << "de" << QStringList {QStringLiteral("lang=\"nb\""), QStringLiteral("Hva trenger du?")};
    }

    void languages()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        PreviewInput in = baseInput();
        in.language = language;
        in.infoTexts = {QStringLiteral("Stengt 17. mai.")};
        in.services[1].officeText = QStringLiteral("Ring oss.");
        const QString html = renderGpPage(in);
        for (const QString &text : std::as_const(expected))
            QVERIFY2(html.contains(text), qPrintable(text));
        if (language != QLatin1String("nb") && language != QLatin1String("de")) {
            QVERIFY(!html.contains(QStringLiteral("Hva trenger du?")));
            QVERIFY(!html.contains(QStringLiteral("Informasjon fra legekontoret")));
        }
    }

    void userTextIsEscaped()
    {
        const QString script = QStringLiteral("<script>alert(1)</script>");
        const QString img = QStringLiteral("<img src=x onerror=alert(1)>");
        const QString quote = QStringLiteral("\" onmouseover=\"alert(1)' x='");
        PreviewInput in = baseInput();
        in.citizenName = script;
        in.gpName = img;
        in.officeName = quote;
        in.officePhone = QStringLiteral("</p><script>alert(2)</script>");
        in.infoTexts = {script + img, QStringLiteral("{{css}} {{info}}")};
        in.services[0].closed = true;
        in.services[0].closedText = img;
        in.services[1].officeText = script + QStringLiteral("\n") + quote;
        const QString html = renderGpPage(in);

        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(html.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;")));
        QVERIFY(html.contains(QStringLiteral("&lt;/p&gt;&lt;script&gt;alert(2)&lt;/script&gt;")));
        QVERIFY(html.contains(QStringLiteral("&quot; onmouseover=&quot;alert(1)&#39; x=&#39;")));
        QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("onmouseover=\"")));
        // "onerror=" appears only inside escaped text, never inside a tag.
        static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
        for (auto it = tag.globalMatch(html); it.hasNext();) {
            const QString t = it.next().captured();
            QVERIFY2(!t.contains(QStringLiteral("onerror"), Qt::CaseInsensitive), qPrintable(t));
            QVERIFY2(!t.contains(QStringLiteral("onmouseover"), Qt::CaseInsensitive), qPrintable(t));
        }
        // Placeholders in user text stay text: the stylesheet is inserted once only.
        QVERIFY(html.contains(QStringLiteral("{{css}} {{info}}")));
        QCOMPARE(html.count(QStringLiteral("<style>")), 1);
        // Newlines in office text become line breaks.
        QVERIFY(html.contains(QStringLiteral("&lt;/script&gt;<br>&quot;")));
        // The title is ours, not user text.
        QVERIFY(html.contains(QStringLiteral("<title>Fastlegetjenester</title>")));
    }

    void escapeText()
    {
        QCOMPARE(hn::preview::escapeText(QStringLiteral("a<b>&\"c'\nd")),
            QStringLiteral("a&lt;b&gt;&amp;&quot;c&#39;<br>d"));
        QCOMPARE(hn::preview::escapeText(QString()), QString());
    }

    void contentSecurityPolicyAndNoExternalResources()
    {
        PreviewInput in = baseInput();
        in.infoTexts = {QStringLiteral("Se www.legekontor.no")};
        in.services[1].officeText = QStringLiteral("Prisliste: www.legekontor.no");
        const QString html = renderGpPage(in);
        QVERIFY(html.contains(QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                                             "'none'; style-src 'unsafe-inline'; img-src data:\">")));
        // The CSP comes before any content.
        QVERIFY(html.indexOf(QStringLiteral("Content-Security-Policy")) < html.indexOf(QStringLiteral("<body")));
        QVERIFY(!html.contains(QStringLiteral("http://"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("https://"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("<link"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("@import"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("url("), Qt::CaseInsensitive));
        // The stylesheet is inlined from the resource.
        QVERIFY(html.contains(QStringLiteral(".card")));
        QVERIFY(html.contains(QStringLiteral("sans-serif")));
    }

    void invalidOrEmptyInputDoesNotCrash()
    {
        const QString html = renderGpPage(PreviewInput());
        QVERIFY(html.contains(QStringLiteral("Fastlegetjenester")));
        QVERIFY(!html.contains(QStringLiteral("{{")));
        QVERIFY(!html.contains(QStringLiteral("data-code=")));
    }
};

QTEST_GUILESS_MAIN(TestPreview)
#include "tst_preview.moc"
