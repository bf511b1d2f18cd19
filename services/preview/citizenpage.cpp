#include "citizenpage.h"

#include <QFile>
#include <QHash>

namespace hn::preview {

namespace {

// Content in the citizen's language (not UI strings: they follow the chosen citizen, not the user).
struct Texts
{
    const char *services, *gpAt, *info, *need, *urgent, *urgentNoPhone, *before, *point1, *point2, *point3,
        *officeAbout, *substitute, *shownOn, *back;
};

const Texts &texts(const QString &language)
{
    static const Texts nb {"Fastlegetjenester", "Fastlege %1 ved %2", "Informasjon fra legekontoret", "Hva trenger du?",
        "For akutt helsehjelp, ring 113. Hvis det haster, ring legekontoret på %1 eller legevakt på 116 117.",
        "For akutt helsehjelp, ring 113. Hvis det haster, ring legevakt på 116 117.",
        "E-konsultasjon: Dette du må vite før du begynner", "Du får vanligvis svar innen 5 arbeidsdager.",
        "Du betaler vanlig egenandel når du sender melding til legen.",
        "Send melding kun for situasjoner som ikke haster og ikke krever fysisk oppmøte.",
        "Legekontoret om e-konsultasjon", "Betjenes av vikar i perioden.", "Slik ser siden ut %1", "Tilbake"};
    static const Texts nn {"Fastlegetenester", "Fastlege %1 ved %2", "Informasjon frå legekontoret", "Kva treng du?",
        "For akutt helsehjelp, ring 113. Viss det hastar, ring legekontoret på %1 eller legevakt på 116 117.",
        "For akutt helsehjelp, ring 113. Viss det hastar, ring legevakt på 116 117.",
        "E-konsultasjon: Dette må du vite før du byrjar", "Du får vanlegvis svar innan 5 arbeidsdagar.",
        "Du betaler vanleg eigendel når du sender melding til legen.",
        "Send melding berre for situasjonar som ikkje hastar og ikkje krev fysisk oppmøte.",
        "Legekontoret om e-konsultasjon", "Vert betent av vikar i perioden.", "Slik ser sida ut %1", "Tilbake"};
    static const Texts en {"GP services", "GP %1 at %2", "Information from the GP office", "What do you need?",
        "For emergency help, call 113. If it is urgent, call the GP office on %1 or the out-of-hours service on 116 "
        "117.",
        "For emergency help, call 113. If it is urgent, call the out-of-hours service on 116 117.",
        "E-consultation: what you need to know before you start", "You usually get an answer within 5 working days.",
        "You pay the usual patient charge when you send a message to the GP.",
        "Only send a message about things that are not urgent and do not need you to attend in person.",
        "The GP office about e-consultation", "Served by a substitute during the period.", "How the page looks on %1",
        "Back"};
    return language == QLatin1String("nn") ? nn : language == QLatin1String("en") ? en : nb;
}

struct Entry
{
    const char *nb, *nn, *en;
    const char *dnb, *dnn, *den;
};

const QHash<QString, Entry> &entries()
{
    static const QHash<QString, Entry> e = {
        {QStringLiteral("timebestilling"),
            {"Bestille time", "Bestille time", "Book an appointment",
                "For oppmøte på legekontoret, eller på video hvis legen tilbyr dette.",
                "For oppmøte på legekontoret, eller på video viss legen tilbyr dette.",
                "At the GP office, or by video if the GP offers it."}},
        {QStringLiteral("e-konsultasjon"),
            {"Starte e-konsultasjon", "Starte e-konsultasjon", "Start an e-consultation",
                "Send melding til fastlegen for situasjoner som ikke haster. Du betaler vanlig egenandel.",
                "Send melding til fastlegen for situasjonar som ikkje hastar. Du betaler vanleg eigendel.",
                "Message your GP about things that are not urgent. You pay the usual charge."}},
        {QStringLiteral("reseptfornyelse"),
            {"Forny resept", "Forny resept", "Renew a prescription", "Be om fornyelse av faste resepter.",
                "Be om fornying av faste reseptar.", "Ask for your regular prescriptions to be renewed."}},
        {QStringLiteral("e-kontakt"),
            {"Send e-kontakt", "Send e-kontakt", "Send an e-contact",
                "Praktiske spørsmål til legekontoret, uten egenandel.",
                "Praktiske spørsmål til legekontoret, utan eigendel.",
                "Practical questions to the GP office, free of charge."}},
        {QStringLiteral("video"),
            {"Videokonsultasjon", "Videokonsultasjon", "Video consultation", "Møt legen din på video.",
                "Møt legen din på video.", "Meet your GP by video."}},
        {QStringLiteral("journalkopi"),
            {"Bestille journalkopi", "Bestille journalkopi", "Order a copy of your record",
                "Be om kopi av journalen din fra legekontoret.", "Be om kopi av journalen din frå legekontoret.",
                "Ask the GP office for a copy of your medical record."}},
    };
    return e;
}

QString pick(const QString &language, const char *nb, const char *nn, const char *en)
{
    return QString::fromUtf8(language == QLatin1String("nn") ? nn : language == QLatin1String("en") ? en : nb);
}

QString resource(const QString &name)
{
    QFile f(QStringLiteral(":/preview/") + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString longDate(const QDate &date, const QString &language)
{
    static const char *nbMonths[] = {"januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
        "oktober", "november", "desember"};
    static const char *enMonths[] = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    if (!date.isValid())
        return {};
    if (language == QLatin1String("en"))
        return QStringLiteral("%1 %2 %3")
            .arg(date.day())
            .arg(QString::fromLatin1(enMonths[date.month() - 1]))
            .arg(date.year());
    return QStringLiteral("%1. %2 %3")
        .arg(date.day())
        .arg(QString::fromLatin1(nbMonths[date.month() - 1]))
        .arg(date.year());
}

} // namespace

QString escapeText(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(QLatin1Char('\''), QLatin1String("&#39;"));
    out.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return out;
}

QString renderGpPage(const PreviewInput &input)
{
    const QString lang = input.language == QLatin1String("nn") || input.language == QLatin1String("en")
        ? input.language
        : QStringLiteral("nb");
    const Texts &t = texts(lang);
    auto tx = [](const char *s) { return QString::fromUtf8(s); };

    QString info;
    if (!input.infoTexts.isEmpty()) {
        info = QStringLiteral("<section class=\"card info\" id=\"info\"><h2>") + tx(t.info) + QStringLiteral("</h2>");
        for (const QString &text : input.infoTexts)
            info += QStringLiteral("<p class=\"info-text\">") + escapeText(text) + QStringLiteral("</p>");
        info += QStringLiteral("</section>");
    }
    const QString urgent = input.officePhone.trimmed().isEmpty()
        ? tx(t.urgentNoPhone)
        : tx(t.urgent).arg(QStringLiteral("<strong>") + escapeText(input.officePhone) + QStringLiteral("</strong>"));

    QString services;
    const PreviewService *consultation = nullptr;
    for (const PreviewService &s : input.services) {
        if (s.code == QLatin1String("e-konsultasjon"))
            consultation = &s;
        const auto it = entries().constFind(s.code);
        if (it == entries().cend())
            continue;
        const QString state = s.closed ? QStringLiteral("closed")
            : s.substitute             ? QStringLiteral("substitute")
                                       : QStringLiteral("open");
        services += QStringLiteral("<li class=\"service %1\" data-code=\"%2\" data-state=\"%1\">")
                        .arg(state, escapeText(s.code));
        services += QStringLiteral("<span class=\"service-name\">") + pick(lang, it->nb, it->nn, it->en)
            + QStringLiteral("</span>");
        if (s.closed)
            services += QStringLiteral("<p class=\"notice\">") + escapeText(s.closedText) + QStringLiteral("</p>");
        else {
            services += QStringLiteral("<p class=\"service-description\">") + pick(lang, it->dnb, it->dnn, it->den)
                + QStringLiteral("</p>");
            if (s.substitute)
                services += QStringLiteral("<p class=\"substitute\">") + tx(t.substitute) + QStringLiteral("</p>");
        }
        services += QStringLiteral("</li>");
    }

    QString start;
    if (consultation) {
        start = QStringLiteral("<section class=\"card start\" id=\"e-konsultasjon\"><h2>") + tx(t.before)
            + QStringLiteral("</h2>");
        if (consultation->closed) {
            start += QStringLiteral("<p class=\"notice\">") + escapeText(consultation->closedText)
                + QStringLiteral("</p>");
        } else {
            start += QStringLiteral("<ul class=\"points\"><li>") + tx(t.point1) + QStringLiteral("</li><li>")
                + tx(t.point2) + QStringLiteral("</li><li>") + tx(t.point3) + QStringLiteral("</li></ul>");
            if (!consultation->officeText.trimmed().isEmpty())
                start += QStringLiteral("<div class=\"office-text\" id=\"office-text\"><h3>") + tx(t.officeAbout)
                    + QStringLiteral("</h3><p>") + escapeText(consultation->officeText) + QStringLiteral("</p></div>");
        }
        start += QStringLiteral("</section>");
    }

    QString page = resource(QStringLiteral("page.html"));
    const QHash<QString, QString> values = {
        {QStringLiteral("lang"), lang},
        {QStringLiteral("css"), resource(QStringLiteral("preview.css"))},
        {QStringLiteral("title"), tx(t.services)},
        {QStringLiteral("citizen"), escapeText(input.citizenName)},
        {QStringLiteral("gp"), tx(t.gpAt).arg(escapeText(input.gpName), escapeText(input.officeName))},
        {QStringLiteral("shownOn"), tx(t.shownOn).arg(longDate(input.date, lang))},
        {QStringLiteral("info"), info},
        {QStringLiteral("need"), tx(t.need)},
        {QStringLiteral("urgent"), urgent},
        {QStringLiteral("services"), services},
        {QStringLiteral("start"), start},
        {QStringLiteral("back"), tx(t.back)},
    };
    // One pass over the template, so that text inserted for one placeholder is never read as another.
    QString out;
    out.reserve(page.size() + 4096);
    int pos = 0;
    while (true) {
        const int open = int(page.indexOf(QLatin1String("{{"), pos));
        if (open < 0)
            break;
        const int close = int(page.indexOf(QLatin1String("}}"), open));
        if (close < 0)
            break;
        out += QStringView(page).mid(pos, open - pos);
        out += values.value(page.mid(open + 2, close - open - 2).trimmed());
        pos = close + 2;
    }
    out += QStringView(page).mid(pos);
    return out;
}

} // namespace hn::preview
