#include "seed.h"

#include "resourcestore.h"

#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>

namespace hn::sandbox {

namespace {

const QString kBase = QStringLiteral("urn:hnadmin:fhir:");
const QString kOrgNo = QStringLiteral("urn:oid:2.16.578.1.12.4.1.4.101");
const QString kHerId = QStringLiteral("urn:oid:2.16.578.1.12.4.1.2");
const QString kHpr = QStringLiteral("urn:oid:2.16.578.1.12.4.1.4.4");

const char *const kGiven[] = {"Anne", "Kari", "Ingrid", "Liv", "Marit", "Ida", "Nora", "Emma", "Sara", "Hilde", "Silje",
    "Tone", "Ragnhild", "Eva", "Maja", "Ola", "Per", "Knut", "Jon", "Lars", "Martin", "Erik", "Hans", "Anders",
    "Magnus", "Ole", "Sindre", "Kristian", "Tor", "Bjørn", "Even", "Geir", "Håkon", "Jonas", "Trond", "Vegard", "Aisha",
    "Ali", "Mona", "Tuva"};
const char *const kFamily[]
    = {"Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen",
        "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Johannessen", "Andreassen", "Jacobsen", "Dahl",
        "Jørgensen", "Halvorsen", "Henriksen", "Lund", "Sørensen", "Jakobsen", "Moen", "Gundersen", "Iversen", "Strand",
        "Solberg", "Svendsen", "Eide", "Knutsen", "Martinsen", "Paulsen", "Bakken", "Kristoffersen", "Mathisen", "Lie"};
const char *const kPlaces[] = {"Bakklandet", "Ekeberg", "Fjord", "Torget", "Sentrum", "Elvebakken", "Solsiden",
    "Nordre", "Søndre", "Bryggen", "Storgata", "Kirkegata", "Strandgata", "Lia", "Bjølsen", "Nydalen", "Majorstuen",
    "Grünerløkka", "Sagene", "Lade", "Moholt", "Byåsen", "Tiller", "Heimdal", "Kolbotn", "Ski", "Lillestrøm",
    "Jessheim", "Gjøvik", "Hamar", "Elverum", "Lillehammer", "Moss", "Fredrikstad", "Sarpsborg", "Halden", "Drammen",
    "Kongsberg", "Tønsberg", "Sandefjord", "Larvik", "Skien", "Porsgrunn", "Arendal", "Grimstad", "Kristiansand",
    "Mandal", "Egersund", "Sandnes", "Haugesund", "Stord", "Voss", "Førde", "Ålesund", "Molde", "Kristiansund",
    "Steinkjer", "Namsos", "Bodø", "Narvik", "Harstad", "Tromsø", "Alta", "Hammerfest", "Vadsø", "Kirkenes"};
const char *const kSuffix[] = {"legesenter", "legekontor", "legesenter AS", "helsehus", "legegruppe", "legetjeneste"};

const QStringList kGpServices
    = {QStringLiteral("e-konsultasjon"), QStringLiteral("e-kontakt"), QStringLiteral("timebestilling"),
        QStringLiteral("reseptfornyelse"), QStringLiteral("journalkopi"), QStringLiteral("video")};
const QHash<QString, QString> kServiceNames = {
    {QStringLiteral("e-konsultasjon"), QStringLiteral("E-konsultasjon")},
    {QStringLiteral("e-kontakt"), QStringLiteral("E-kontakt")},
    {QStringLiteral("timebestilling"), QStringLiteral("Timebestilling")},
    {QStringLiteral("reseptfornyelse"), QStringLiteral("Reseptfornyelse")},
    {QStringLiteral("journalkopi"), QStringLiteral("Journalkopi")},
    {QStringLiteral("video"), QStringLiteral("Videokonsultasjon")},
    {QStringLiteral("helsestasjon"), QStringLiteral("Helsestasjon og helsestasjon for ungdom")},
    {QStringLiteral("hjemmetjenester"), QStringLiteral("Helsetjenester i hjemmet")},
    {QStringLiteral("skolehelsetjeneste"), QStringLiteral("Skolehelsetjenesten")},
    {QStringLiteral("jordmor"), QStringLiteral("Jordmortjeneste")},
    {QStringLiteral("praktisk-bistand"), QStringLiteral("Praktisk bistand")},
    {QStringLiteral("psykisk-helse"), QStringLiteral("Psykisk helse")},
    {QStringLiteral("smittevern"), QStringLiteral("Smittevern")},
    {QStringLiteral("vaksinasjon"), QStringLiteral("Vaksinasjon")},
    {QStringLiteral("avlastning"), QStringLiteral("Avlastning og rehabilitering")},
    {QStringLiteral("ergoterapi"), QStringLiteral("Ergoterapi")},
    {QStringLiteral("fysioterapi"), QStringLiteral("Fysioterapi")},
    {QStringLiteral("dagtilbud"), QStringLiteral("Aktivitet og dagtilbud")},
    {QStringLiteral("trygghetsalarm"), QStringLiteral("Trygghetsalarm")},
    {QStringLiteral("individuell-plan"), QStringLiteral("Individuell plan og koordinator")},
    {QStringLiteral("kreftkoordinator"), QStringLiteral("Kreftkoordinator")},
    {QStringLiteral("demens"), QStringLiteral("Demens og hukommelse")},
    {QStringLiteral("tannhelse"), QStringLiteral("Tannhelse")},
    {QStringLiteral("stottekontakt"), QStringLiteral("Støttekontakt")},
    {QStringLiteral("hjelpemidler"), QStringLiteral("Hjelpemidler")},
    {QStringLiteral("omsorgsbolig"), QStringLiteral("Omsorgsbolig")},
    {QStringLiteral("frisklivstilbud"), QStringLiteral("Frisklivstilbud")},
    {QStringLiteral("tt-kort"), QStringLiteral("TT-kort og parkering")},
    {QStringLiteral("bpa"), QStringLiteral("Brukerstyrt personlig assistent")},
    {QStringLiteral("legevakt"), QStringLiteral("Legevakt")},
    {QStringLiteral("rus"), QStringLiteral("Rus")},
    {QStringLiteral("velferdsteknologi"), QStringLiteral("Velferdsteknologi")},
    {QStringLiteral("bestillerkontor"), QStringLiteral("Bestillerkontor")},
};

struct UnitKind
{
    const char *name;
    const char *program;
    QStringList contacts;
};

const QList<UnitKind> &unitKinds()
{
    static const QList<UnitKind> kinds = {
        {"Helsestasjon", "digihelsestasjon",
            {QStringLiteral("helsestasjon"), QStringLiteral("jordmor"), QStringLiteral("vaksinasjon"),
                QStringLiteral("smittevern")}},
        {"Hjemmetjenesten", "digihelse",
            {QStringLiteral("hjemmetjenester"), QStringLiteral("praktisk-bistand"), QStringLiteral("trygghetsalarm"),
                QStringLiteral("hjelpemidler"), QStringLiteral("velferdsteknologi"), QStringLiteral("bpa"),
                QStringLiteral("omsorgsbolig")}},
        {"Skolehelsetjenesten", "digihelsestasjon",
            {QStringLiteral("skolehelsetjeneste"), QStringLiteral("tannhelse")}},
        {"Psykisk helse og rus", "digihelse",
            {QStringLiteral("psykisk-helse"), QStringLiteral("rus"), QStringLiteral("stottekontakt"),
                QStringLiteral("individuell-plan")}},
        {"Helsehuset", "digihelse",
            {QStringLiteral("avlastning"), QStringLiteral("ergoterapi"), QStringLiteral("fysioterapi"),
                QStringLiteral("dagtilbud"), QStringLiteral("kreftkoordinator"), QStringLiteral("demens"),
                QStringLiteral("frisklivstilbud"), QStringLiteral("tt-kort"), QStringLiteral("legevakt"),
                QStringLiteral("bestillerkontor")}},
    };
    return kinds;
}

QJsonObject coding(const QString &system, const QString &code)
{
    return QJsonObject {{QStringLiteral("system"), system}, {QStringLiteral("code"), code}};
}

QJsonObject codeable(const QString &system, const QString &code)
{
    return QJsonObject {{QStringLiteral("coding"), QJsonArray {coding(system, code)}}};
}

QJsonObject ref(const QString &type, const QString &id)
{
    return QJsonObject {{QStringLiteral("reference"), QString(type + QLatin1Char('/') + id)}};
}

QJsonObject identifier(const QString &system, const QString &value)
{
    return QJsonObject {{QStringLiteral("system"), system}, {QStringLiteral("value"), value}};
}

class Generator
{
public:
    Generator(ResourceStore &store)
        : m_store(store)
        , m_random(20261123)
    {
    }

    int bounded(int n) { return int(m_random.bounded(quint32(n))); }
    bool chance(double p) { return m_random.generateDouble() < p; }
    template<size_t N>
    QString pick(const char *const (&list)[N])
    {
        return QString::fromUtf8(list[bounded(int(N))]);
    }

    QString digits(int n, bool leadingNonZero = true)
    {
        QString s;
        for (int i = 0; i < n; ++i)
            s += QChar(u'0' + ((i == 0 && leadingNonZero) ? 1 + bounded(9) : bounded(10)));
        return s;
    }

    QString orgNumber()
    {
        for (;;) {
            const QString first = QString(QChar(u'8' + bounded(2))) + digits(7, false);
            const int check = orgNumberCheckDigit(first);
            if (check >= 0 && !m_usedOrgNumbers.contains(first)) {
                m_usedOrgNumbers.insert(first);
                return first + QString::number(check);
            }
        }
    }

    QString phone()
    {
        const QString first = QString(QChar(u'2' + bounded(6)));
        const QString d = first + digits(7, false);
        return QStringLiteral("+47 %1 %2 %3 %4").arg(d.mid(0, 2), d.mid(2, 2), d.mid(4, 2), d.mid(6, 2));
    }

    QString id(const char *prefix)
    {
        return QString::fromLatin1(prefix) + QLatin1Char('-') + QString::number(++m_next);
    }

    bool put(const QJsonObject &resource)
    {
        const QString type = resource.value(QStringLiteral("resourceType")).toString();
        return m_store.put(type, resource.value(QStringLiteral("id")).toString(), resource, QStringLiteral("PUT"))
            != nullptr;
    }

    // Where an office is: a municipality's number and name.
    struct Place
    {
        QString number, name;
    };

    QString organization(const QString &kind, const QString &name, const QString &partOf = {},
        const QString &kommunenummer = {}, bool video = false, const Place &place = {})
    {
        const QString oid = id("org");
        QJsonArray identifiers {identifier(kOrgNo, orgNumber()), identifier(kHerId, digits(5 + bounded(4)))};
        if (!kommunenummer.isEmpty())
            identifiers.append(
                identifier(QString(kBase + QStringLiteral("NamingSystem/kommunenummer")), kommunenummer));
        QJsonObject org {{QStringLiteral("resourceType"), QStringLiteral("Organization")}, {QStringLiteral("id"), oid},
            {QStringLiteral("identifier"), identifiers}, {QStringLiteral("active"), true},
            {QStringLiteral("type"),
                QJsonArray {codeable(QString(kBase + QStringLiteral("CodeSystem/organization-type")), kind)}},
            {QStringLiteral("name"), name},
            {QStringLiteral("telecom"),
                QJsonArray {QJsonObject {
                    {QStringLiteral("system"), QStringLiteral("phone")}, {QStringLiteral("value"), phone()}}}}};
        if (!partOf.isEmpty())
            org.insert(QStringLiteral("partOf"), ref(QStringLiteral("Organization"), partOf));
        if (kind == QLatin1String("gp-office"))
            org.insert(QStringLiteral("extension"),
                QJsonArray {QJsonObject {
                    {QStringLiteral("url"), QString(kBase + QStringLiteral("StructureDefinition/video-agreement"))},
                    {QStringLiteral("valueBoolean"), video}}});
        if (!place.number.isEmpty()) {
            // As Norway's base profile has it: the municipality's name and number on the address.
            org.insert(QStringLiteral("address"),
                QJsonArray {QJsonObject {{QStringLiteral("use"), QStringLiteral("work")},
                    {QStringLiteral("district"), place.name},
                    {QStringLiteral("extension"),
                        QJsonArray {QJsonObject {{QStringLiteral("url"),
                                                     QStringLiteral("http://hl7.no/fhir/StructureDefinition/"
                                                                    "no-basis-municipalitycode")},
                            {QStringLiteral("valueCoding"),
                                QJsonObject {
                                    {QStringLiteral("system"), QStringLiteral("urn:oid:2.16.578.1.12.4.1.1.3402")},
                                    {QStringLiteral("code"), place.number}}}}}}}});
        }
        put(org);
        return oid;
    }

    QString service(
        const QString &org, const QString &code, const QString &program, bool active, const QString &comment = {})
    {
        const QString sid = id("hs");
        QJsonObject s {{QStringLiteral("resourceType"), QStringLiteral("HealthcareService")},
            {QStringLiteral("id"), sid}, {QStringLiteral("active"), active},
            {QStringLiteral("providedBy"), ref(QStringLiteral("Organization"), org)},
            {QStringLiteral("type"),
                QJsonArray {codeable(QString(kBase + QStringLiteral("CodeSystem/service-type")), code)}},
            {QStringLiteral("program"),
                QJsonArray {codeable(QString(kBase + QStringLiteral("CodeSystem/program")), program)}},
            {QStringLiteral("name"), kServiceNames.value(code, code)}};
        if (!comment.isEmpty())
            s.insert(QStringLiteral("comment"), comment);
        put(s);
        return sid;
    }

    QJsonObject period(const QDate &from, const QDate &to)
    {
        return QJsonObject {{QStringLiteral("url"), QString(kBase + QStringLiteral("StructureDefinition/period"))},
            {QStringLiteral("valuePeriod"),
                QJsonObject {{QStringLiteral("start"), from.toString(Qt::ISODate)},
                    {QStringLiteral("end"), to.toString(Qt::ISODate)}}}};
    }

    void absence(const QString &roleId, const QDate &from, const QDate &to, const QStringList &services, bool closed)
    {
        QJsonArray ext {period(from, to)};
        static const char *months[] = {"januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
            "september", "oktober", "november", "desember"};
        const QDate reopen = to.addDays(1);
        for (const QString &code : services) {
            QJsonArray sub {QJsonObject {{QStringLiteral("url"), QStringLiteral("service")},
                                {QStringLiteral("valueCoding"),
                                    coding(QString(kBase + QStringLiteral("CodeSystem/service-type")), code)}},
                QJsonObject {{QStringLiteral("url"), QStringLiteral("mode")},
                    {QStringLiteral("valueCode"), closed ? QStringLiteral("closed") : QStringLiteral("substitute")}}};
            if (closed)
                sub.append(QJsonObject {{QStringLiteral("url"), QStringLiteral("citizenText")},
                    {QStringLiteral("valueString"),
                        QStringLiteral("%1 er midlertidig stengt av fastlegen din, og åpner igjen %2. %3 %4.")
                            .arg(kServiceNames.value(code), QString::number(reopen.day()),
                                QString::fromUtf8(months[reopen.month() - 1]), QString::number(reopen.year()))}});
            ext.append(QJsonObject {
                {QStringLiteral("url"), QString(kBase + QStringLiteral("StructureDefinition/absence-service"))},
                {QStringLiteral("extension"), sub}});
        }
        put(QJsonObject {{QStringLiteral("resourceType"), QStringLiteral("Basic")}, {QStringLiteral("id"), id("abs")},
            {QStringLiteral("code"),
                codeable(QString(kBase + QStringLiteral("CodeSystem/basic-code")), QStringLiteral("absence"))},
            {QStringLiteral("subject"), ref(QStringLiteral("PractitionerRole"), roleId)},
            {QStringLiteral("created"), QDate::currentDate().toString(Qt::ISODate)},
            {QStringLiteral("extension"), ext}});
    }

    void infoMessage(const QString &subject, const QString &text, const QDate &from, const QDate &to)
    {
        put(QJsonObject {{QStringLiteral("resourceType"), QStringLiteral("Basic")}, {QStringLiteral("id"), id("info")},
            {QStringLiteral("code"),
                codeable(QString(kBase + QStringLiteral("CodeSystem/basic-code")), QStringLiteral("info-message"))},
            {QStringLiteral("subject"), QJsonObject {{QStringLiteral("reference"), subject}}},
            {QStringLiteral("extension"),
                QJsonArray {period(from, to),
                    QJsonObject {
                        {QStringLiteral("url"), QString(kBase + QStringLiteral("StructureDefinition/message-text"))},
                        {QStringLiteral("valueString"), text}},
                    QJsonObject {
                        {QStringLiteral("url"), QString(kBase + QStringLiteral("StructureDefinition/language"))},
                        {QStringLiteral("valueCode"), QStringLiteral("nb")}}}}});
    }

    // A GP office with its GPs, services, a few absences and info messages. It lies in the
    // municipality its place name is (Alta legesenter AS in Alta), else in `elsewhere`. Returns the
    // office id.
    QString gpOffice(int gps, const QHash<QString, QString> &municipalityByName, const Place &elsewhere)
    {
        // The suffix is drawn first, as it always was: the demo data stays the same.
        const QString suffix = pick(kSuffix);
        const QString placeName = pick(kPlaces);
        const QString name = placeName + QLatin1Char(' ') + suffix;
        const bool video = chance(0.4);
        // Parts of a town lie in its municipality.
        static const QHash<QString, QString> partOf = {{QStringLiteral("Bakklandet"), QStringLiteral("Trondheim")},
            {QStringLiteral("Lade"), QStringLiteral("Trondheim")},
            {QStringLiteral("Moholt"), QStringLiteral("Trondheim")},
            {QStringLiteral("Byåsen"), QStringLiteral("Trondheim")},
            {QStringLiteral("Tiller"), QStringLiteral("Trondheim")},
            {QStringLiteral("Heimdal"), QStringLiteral("Trondheim")},
            {QStringLiteral("Ekeberg"), QStringLiteral("Oslo")}, {QStringLiteral("Bjølsen"), QStringLiteral("Oslo")},
            {QStringLiteral("Nydalen"), QStringLiteral("Oslo")}, {QStringLiteral("Majorstuen"), QStringLiteral("Oslo")},
            {QStringLiteral("Grünerløkka"), QStringLiteral("Oslo")}, {QStringLiteral("Sagene"), QStringLiteral("Oslo")},
            {QStringLiteral("Bryggen"), QStringLiteral("Bergen")},
            {QStringLiteral("Solsiden"), QStringLiteral("Trondheim")},
            {QStringLiteral("Egersund"), QStringLiteral("Eigersund")},
            {QStringLiteral("Kolbotn"), QStringLiteral("Nordre Follo")},
            {QStringLiteral("Ski"), QStringLiteral("Nordre Follo")},
            {QStringLiteral("Jessheim"), QStringLiteral("Ullensaker")},
            {QStringLiteral("Kirkenes"), QStringLiteral("Sør-Varanger")},
            {QStringLiteral("Stord"), QStringLiteral("Stord")}, {QStringLiteral("Førde"), QStringLiteral("Sunnfjord")}};
        const QString municipalityName = partOf.value(placeName, placeName);
        const Place place = municipalityByName.contains(municipalityName)
            ? Place {municipalityByName.value(municipalityName), municipalityName}
            : elsewhere;
        const QString office = organization(QStringLiteral("gp-office"), name, {}, {}, video, place);
        QHash<QString, QString> services;
        for (const QString &code : kGpServices) {
            if (code == QLatin1String("video") && !video)
                continue;
            QString comment;
            if (code == QLatin1String("e-konsultasjon") && chance(0.5))
                comment = QStringLiteral("Husk at problemstillingen må egne seg for digital kommunikasjon. Ring "
                                         "legekontoret hvis du er i tvil. Sykmeldinger krever fysisk legetime.");
            services.insert(code, service(office, code, QStringLiteral("ddfl"), true, comment));
        }
        const QDate today = QDate::currentDate();
        for (int g = 0; g < gps; ++g) {
            const QString pid = id("pract");
            put(QJsonObject {{QStringLiteral("resourceType"), QStringLiteral("Practitioner")},
                {QStringLiteral("id"), pid}, {QStringLiteral("active"), true},
                {QStringLiteral("identifier"), QJsonArray {identifier(kHpr, digits(7 + bounded(3)))}},
                {QStringLiteral("name"),
                    QJsonArray {QJsonObject {{QStringLiteral("family"), pick(kFamily)},
                        {QStringLiteral("given"), QJsonArray {pick(kGiven)}}}}}});
            QJsonArray offered;
            for (const QString &code : kGpServices) {
                if (services.contains(code) && !chance(0.1))
                    offered.append(ref(QStringLiteral("HealthcareService"), services.value(code)));
            }
            const QString rid = id("role");
            put(QJsonObject {{QStringLiteral("resourceType"), QStringLiteral("PractitionerRole")},
                {QStringLiteral("id"), rid}, {QStringLiteral("active"), true},
                {QStringLiteral("practitioner"), ref(QStringLiteral("Practitioner"), pid)},
                {QStringLiteral("organization"), ref(QStringLiteral("Organization"), office)},
                {QStringLiteral("healthcareService"), offered}});
            if (m_forceFirstAbsence && g == 0) {
                // The demo office of lege1 has an absence now, so the citizen preview shows one.
                m_forceFirstAbsence = false;
                absence(rid, today, today.addDays(9), {QStringLiteral("e-konsultasjon")}, true);
                absence(rid, today.addDays(20), today.addDays(27), {QStringLiteral("reseptfornyelse")}, false);
            } else if (chance(0.06)) {
                const QDate from = today.addDays(bounded(60) - 10);
                absence(rid, from, from.addDays(3 + bounded(14)),
                    {QStringLiteral("e-konsultasjon"), QStringLiteral("reseptfornyelse")}, chance(0.7));
            }
        }
        if (m_forceFirstInfo || chance(0.45)) {
            m_forceFirstInfo = false;
            infoMessage(QStringLiteral("Organization/") + office,
                chance(0.5) ? QStringLiteral("Vi har drop-in for influensavaksine tirsdager kl. 8-10. "
                                             "Ingen timebestilling nødvendig.")
                            : QStringLiteral("Legekontoret holder stengt 24. desember. Ved akutt "
                                             "sykdom, ring legevakt på 116 117."),
                today.addDays(-bounded(20)), today.addDays(10 + bounded(60)));
        }
        return office;
    }

    QString municipality(
        const QString &number, const QString &name, int units, int contacts, bool digiHelse, bool digiHelsestasjon)
    {
        const QString kommune
            = organization(QStringLiteral("municipality"), name + QStringLiteral(" kommune"), {}, number);
        QList<QPair<QString, const UnitKind *>> unitIds;
        for (int u = 0; u < units; ++u) {
            const UnitKind &kind = unitKinds().at(u % unitKinds().size());
            const QString uid = organization(
                QStringLiteral("municipal-unit"), QString::fromUtf8(kind.name) + QLatin1Char(' ') + name, kommune);
            unitIds.append({uid, &kind});
        }
        // Round-robin over the units, each with its own kind of contacts first; when those run out
        // (few units, many contacts) the remaining kinds of contact go to the units in turn.
        QStringList unused;
        for (const UnitKind &kind : unitKinds())
            unused << kind.contacts;
        int made = 0;
        for (int round = 0; made < contacts && round < 10; ++round) {
            for (const auto &[uid, kind] : unitIds) {
                if (round < kind->contacts.size() && made < contacts) {
                    const QString program = QString::fromLatin1(kind->program);
                    const bool active = program == QLatin1String("digihelse") ? digiHelse : digiHelsestasjon;
                    service(uid, kind->contacts.at(round), program, active);
                    unused.removeOne(kind->contacts.at(round));
                    ++made;
                }
            }
        }
        for (int u = 0; made < contacts && !unused.isEmpty(); ++u, ++made)
            service(unitIds.at(u % unitIds.size()).first, unused.takeFirst(), QStringLiteral("digihelse"), digiHelse);
        return kommune;
    }

private:
    ResourceStore &m_store;
    QRandomGenerator m_random;
    QSet<QString> m_usedOrgNumbers;
    bool m_forceFirstAbsence = true;
    bool m_forceFirstInfo = true;
    int m_next = 0;
};

} // namespace

int orgNumberCheckDigit(const QString &eightDigits)
{
    static const int weights[] = {3, 2, 7, 6, 5, 4, 3, 2};
    if (eightDigits.size() != 8)
        return -1;
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += eightDigits.at(i).digitValue() * weights[i];
    const int check = 11 - sum % 11;
    if (check == 10)
        return -1;
    return check == 11 ? 0 : check;
}

bool seedStore(ResourceStore &store, const QString &kind, QString *error)
{
    if (kind == QLatin1String("none")) // no data; only NHN, who may create it
        return store.addUser(
            {QStringLiteral("nhn"), QStringLiteral("nhn"), QString(), QStringLiteral("NHN forvaltning")});
    const bool national = kind == QLatin1String("national");
    if (!national && kind != QLatin1String("small")) {
        *error = QStringLiteral("unknown seed '%1' (use national, small or none)").arg(kind);
        return false;
    }
    QFile csv(QStringLiteral(":/sandbox/kommuner-2024.csv"));
    if (!csv.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("the municipality list is missing from the build");
        return false;
    }
    QList<QStringList> kommuner;
    const QList<QByteArray> lines = csv.readAll().split('\n');
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList cols = QString::fromUtf8(lines.at(i)).trimmed().split(QLatin1Char(';'));
        if (cols.size() >= 4)
            kommuner.append(cols);
    }

    // Sami names carry the Norwegian one after " - ".
    const auto nameOf = [](const QStringList &k) {
        return k.at(1).contains(QStringLiteral(" - ")) ? k.at(1).section(QStringLiteral(" - "), -1) : k.at(1);
    };
    QHash<QString, QString> municipalityByName;
    for (const QStringList &k : std::as_const(kommuner))
        municipalityByName.insert(nameOf(k), k.at(0));

    Generator g(store);
    if (!store.begin()) {
        *error = QStringLiteral("cannot write the data directory");
        return false;
    }
    const QString nhn = g.organization(QStringLiteral("nhn"), QStringLiteral("Norsk helsenett SF"));
    QStringList offices;
    const int officeCount = national ? 930 : 3;
    const int gpTarget = national ? 5800 : 9;
    int gpsMade = 0;
    for (int o = 0; o < officeCount; ++o) {
        const int remaining = officeCount - o;
        int gps = national ? qBound(1, (gpTarget - gpsMade) / remaining + g.bounded(5) - 2, 14) : 2 + o;
        if (o == officeCount - 1)
            gps = qMax(1, gpTarget - gpsMade);
        gpsMade += gps;
        // Offices named after no municipality are spread over those seeded (the first three in a
        // small seed, so that kommune1's municipality has offices too).
        const QStringList &elsewhere = kommuner.at(national ? (o * 7919) % kommuner.size() : o % 3);
        offices << g.gpOffice(gps, municipalityByName, {elsewhere.at(0), nameOf(elsewhere)});
    }
    QStringList municipalities;
    const int municipalityCount = national ? int(kommuner.size()) : 3;
    for (int m = 0; m < municipalityCount && m < kommuner.size(); ++m) {
        const QStringList &k = kommuner.at(m);
        const QString name = nameOf(k);
        const int units = national ? 2 + g.bounded(4) : 3;
        const int contacts = national ? 10 + g.bounded(16) : 10;
        // About 170 of 357 use DigiHelsestasjon and 79 DigiHelse (DOMAIN.md).
        municipalities << g.municipality(
            k.at(0), name, units, contacts, m < 3 || g.chance(79.0 / 357.0), m < 3 || g.chance(170.0 / 357.0));
    }
    if (!store.commit()) {
        *error = QStringLiteral("cannot write the data directory");
        return false;
    }
    store.addUser({QStringLiteral("nhn"), QStringLiteral("nhn"), nhn, QStringLiteral("NHN forvaltning")});
    store.addUser({QStringLiteral("lege1"), QStringLiteral("gp-office"), offices.value(0),
        QStringLiteral("Helsesekretær, legekontor 1")});
    store.addUser({QStringLiteral("lege2"), QStringLiteral("gp-office"), offices.value(1),
        QStringLiteral("Helsesekretær, legekontor 2")});
    store.addUser({QStringLiteral("kommune1"), QStringLiteral("municipality"), municipalities.value(0),
        QStringLiteral("Kommuneadministrator, kommune 1")});
    store.addUser({QStringLiteral("kommune2"), QStringLiteral("municipality"), municipalities.value(1),
        QStringLiteral("Kommuneadministrator, kommune 2")});
    return true;
}

} // namespace hn::sandbox
