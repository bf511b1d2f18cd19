// What the sync log says about each kind of edit: whose absence, which service, old -> new, and
// when citizens see it. The edits go through a real store (a temporary SQLite file), as the program
// makes them.
#include "fhir/mapping.h"
#include "store/store.h"
#include "sync/changetext.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace hn;
using store::Operation;

namespace {

models::Absence absence(const QDate &from, const QDate &to)
{
    models::Absence a;
    a.id = QStringLiteral("a1");
    a.practitionerRoleId = QStringLiteral("r1");
    a.from = from;
    a.to = to;
    a.services = {{QStringLiteral("e-konsultasjon"), models::AffectedService::Mode::Closed, QStringLiteral("Stengt")},
        {QStringLiteral("reseptfornyelse"), models::AffectedService::Mode::Substitute, QString()}};
    return a;
}

models::InfoMessage message(const QString &text, const QDate &from, const QDate &to)
{
    models::InfoMessage m;
    m.id = QStringLiteral("m1");
    m.subjectReference = QStringLiteral("Organization/o1");
    m.text = text;
    m.validFrom = from;
    m.validTo = to;
    return m;
}

QJsonObject withVersion(QJsonObject json)
{
    json.insert(QStringLiteral("meta"), QJsonObject {{QStringLiteral("versionId"), QStringLiteral("1")}});
    return json;
}

using Edit = std::function<void(store::Store *)>;

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestChangeText : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;
    const QDate m_today {2026, 12, 6};

    // The one entry the outbox holds after `edit`, described.
    QString describeOnly(const std::function<void()> &edit)
    {
        for (const store::OutboxEntry &e : m_store->outbox())
            m_store->discard(e.seq);
        edit();
        const QList<store::OutboxEntry> entries = m_store->outbox();
        if (entries.size() != 1)
            return QStringLiteral("<%1 entries>").arg(entries.size());
        return sync::ChangeText::describe(m_store.get(), entries.first());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
        store::Error error;
        m_store = store::Store::open(m_dir.filePath(QStringLiteral("cache.db")), &error);
        QVERIFY2(m_store, qPrintable(error.message));

        models::Actor office;
        office.id = QStringLiteral("o1");
        office.kind = models::ActorKind::GpOffice;
        office.name = QStringLiteral("Ekeberg legekontor");
        office.phone = QStringLiteral("22 66 99 00");
        models::Practitioner kari;
        kari.id = QStringLiteral("p1");
        kari.given = QStringLiteral("Kari");
        kari.family = QStringLiteral("Berg");
        models::PractitionerRole role;
        role.id = QStringLiteral("r1");
        role.practitionerId = kari.id;
        role.organizationId = office.id;
        role.healthcareServiceIds = {QStringLiteral("s1")};
        models::HealthcareService econsult;
        econsult.id = QStringLiteral("s1");
        econsult.providedById = office.id;
        econsult.serviceType = QStringLiteral("e-konsultasjon");
        econsult.comment = QStringLiteral("Svar innen tre dager");
        models::HealthcareService renewal = econsult;
        renewal.id = QStringLiteral("s2");
        renewal.serviceType = QStringLiteral("reseptfornyelse");
        renewal.comment.clear();
        QVERIFY(m_store->applyServerResources({withVersion(fhir::toFhir(office)), withVersion(fhir::toFhir(kari)),
            withVersion(fhir::toFhir(role)), withVersion(fhir::toFhir(econsult)), withVersion(fhir::toFhir(renewal)),
            withVersion(fhir::toFhir(absence({2026, 12, 14}, {2026, 12, 27}))),
            withVersion(fhir::toFhir(message(QStringLiteral("Stengt i jula"), {2026, 12, 20}, {2026, 12, 31})))}));
    }

    void describesEveryKindOfEdit_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("expected");

        QTest::newRow("absence created")
            << Edit([](store::Store *s) {
                   auto a = absence({2027, 1, 4}, {2027, 1, 8});
                   a.id = QStringLiteral("a2");
                   s->saveEdit(Operation::Create, fhir::toFhir(a));
               })
            << QStringLiteral("absence of Kari Berg, 04.01.2027 to 08.01.2027 (E-consultation closed, "
                              "Prescription renewal substitute)");
        QTest::newRow("absence moved") << Edit([](store::Store *s) {
            s->saveEdit(Operation::Update, fhir::toFhir(absence({2026, 12, 14}, {2027, 1, 3})));
        }) << QStringLiteral("absence of Kari Berg: 14.12.2026 to 27.12.2026 → 14.12.2026 to 03.01.2027");
        QTest::newRow("absence services")
            << Edit([](store::Store *s) {
                   auto a = absence({2026, 12, 14}, {2026, 12, 27});
                   a.services.removeLast();
                   s->saveEdit(Operation::Update, fhir::toFhir(a));
               })
            << QStringLiteral("absence of Kari Berg: 14.12.2026 to 27.12.2026; services E-consultation closed, "
                              "Prescription renewal substitute → E-consultation closed");
        QTest::newRow("absence text") << Edit([](store::Store *s) {
            auto a = absence({2026, 12, 14}, {2026, 12, 27});
            a.services.first().citizenText = QStringLiteral("Stengt i ferien");
            s->saveEdit(Operation::Update, fhir::toFhir(a));
        }) << QStringLiteral("absence of Kari Berg: 14.12.2026 to 27.12.2026; text for citizens changed");
        QTest::newRow("absence translated") << Edit([](store::Store *s) {
            auto a = absence({2026, 12, 14}, {2026, 12, 27});
            a.services.first().translations.insert(QStringLiteral("nn"), QStringLiteral("Stengd"));
            s->saveEdit(Operation::Update, fhir::toFhir(a));
        }) << QStringLiteral("absence of Kari Berg: 14.12.2026 to 27.12.2026; text for citizens changed");
        QTest::newRow("absence deleted")
            << Edit([](store::Store *s) { s->saveDelete(QStringLiteral("Basic"), QStringLiteral("a1")); })
            << QStringLiteral("absence of Kari Berg, 14.12.2026 to 27.12.2026 (E-consultation closed, "
                              "Prescription renewal substitute)");
        QTest::newRow("message text") << Edit([](store::Store *s) {
            s->saveEdit(Operation::Update,
                fhir::toFhir(message(QStringLiteral("Stengt 24.-26. desember"), {2026, 12, 20}, {2026, 12, 31})));
        })
                                      << QStringLiteral(
                                             "info message \"Stengt 24.-26. desember\": text was \"Stengt i jula\"; "
                                             "shown 20.12.2026 to 31.12.2026");
        QTest::newRow("message period")
            << Edit([](store::Store *s) {
                   s->saveEdit(Operation::Update,
                       fhir::toFhir(message(QStringLiteral("Stengt i jula"), {2026, 12, 6}, {2026, 12, 31})));
               })
            << QStringLiteral("info message \"Stengt i jula\": shown 20.12.2026 to 31.12.2026 → 06.12.2026 to "
                              "31.12.2026");
        QTest::newRow("message created, long text cut")
            << Edit([](store::Store *s) {
                   auto m = message(QStringLiteral("Legekontoret holder stengt i romjulen, ring legevakten på 116 117"),
                       {2026, 12, 20}, {2026, 12, 31});
                   m.id = QStringLiteral("m2");
                   s->saveEdit(Operation::Create, fhir::toFhir(m));
               })
            << QStringLiteral("info message \"Legekontoret holder stengt i romjulen,…\", shown 20.12.2026 to "
                              "31.12.2026");
        QTest::newRow("GP service on") << Edit([](store::Store *s) {
            auto role = fhir::practitionerRoleFromFhir(
                s->resource(QStringLiteral("PractitionerRole"), QStringLiteral("r1"))->json)
                            .takeValue();
            role.healthcareServiceIds = {QStringLiteral("s2")};
            s->saveEdit(Operation::Update, fhir::toFhir(role));
        }) << QStringLiteral("services of Kari Berg: Prescription renewal on, E-consultation off");
        QTest::newRow("service text and off")
            << Edit([](store::Store *s) {
                   auto service = fhir::healthcareServiceFromFhir(
                       s->resource(QStringLiteral("HealthcareService"), QStringLiteral("s1"))->json)
                                      .takeValue();
                   service.comment = QStringLiteral("Svar innen to dager");
                   service.active = false;
                   s->saveEdit(Operation::Update, fhir::toFhir(service));
               })
            << QStringLiteral("E-consultation at Ekeberg legekontor: text for citizens \"Svar innen tre dager\" → "
                              "\"Svar innen to dager\"; turned off");
        QTest::newRow("office phone") << Edit([](store::Store *s) {
            auto office = fhir::actorFromFhir(s->resource(QStringLiteral("Organization"), QStringLiteral("o1"))->json)
                              .takeValue();
            office.phone = QStringLiteral("99 88 77 66");
            s->saveEdit(Operation::Update, fhir::toFhir(office));
        }) << QStringLiteral("Ekeberg legekontor: phone 22 66 99 00 → 99 88 77 66");
        QTest::newRow("office phone removed") << Edit([](store::Store *s) {
            auto office = fhir::actorFromFhir(s->resource(QStringLiteral("Organization"), QStringLiteral("o1"))->json)
                              .takeValue();
            office.phone.clear();
            s->saveEdit(Operation::Update, fhir::toFhir(office));
        }) << QStringLiteral("Ekeberg legekontor: phone 22 66 99 00 → none");
        QTest::newRow("GP not in the cache") << Edit([](store::Store *s) {
            auto a = absence({2027, 2, 1}, {2027, 2, 1});
            a.id = QStringLiteral("a3");
            a.practitionerRoleId = QStringLiteral("unknown");
            a.services.clear();
            s->saveEdit(Operation::Create, fhir::toFhir(a));
        }) << QStringLiteral("absence of a GP, 01.02.2027 to 01.02.2027");
        QTest::newRow("unreadable resource") << Edit([](store::Store *s) {
            s->saveEdit(Operation::Create,
                QJsonObject {{QStringLiteral("resourceType"), QStringLiteral("PractitionerRole")},
                    {QStringLiteral("id"), QStringLiteral("r9")}, {QStringLiteral("practitioner"), 42}});
        }) << QStringLiteral("services of a GP");
    }

    void describesEveryKindOfEdit()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, expected);
        QCOMPARE(describeOnly([&] { edit(m_store.get()); }), expected);
    }

    void saysWhenCitizensSeeIt()
    {
        store::OutboxEntry e;
        e.type = QStringLiteral("Basic");
        e.operation = Operation::Create;
        e.body = fhir::toFhir(absence({2026, 12, 14}, {2026, 12, 27}));
        QCOMPARE(sync::ChangeText::visibleFrom(e, m_today), QDate(2026, 12, 14));
        e.body = fhir::toFhir(absence(m_today, {2026, 12, 27})); // from today: now
        QVERIFY(!sync::ChangeText::visibleFrom(e, m_today).isValid());
        e.body = fhir::toFhir(message(QStringLiteral("x"), {2026, 12, 20}, {2026, 12, 31}));
        QCOMPARE(sync::ChangeText::visibleFrom(e, m_today), QDate(2026, 12, 20));
        e.operation = Operation::Delete; // gone is gone now
        QVERIFY(!sync::ChangeText::visibleFrom(e, m_today).isValid());
        e.operation = Operation::Update;
        e.type = QStringLiteral("PractitionerRole"); // a service switch is seen at once
        QVERIFY(!sync::ChangeText::visibleFrom(e, m_today).isValid());
        e.type = QStringLiteral("Basic");
        e.body = QJsonObject {{QStringLiteral("resourceType"), QStringLiteral("Basic")}}; // unreadable: no date
        QVERIFY(!sync::ChangeText::visibleFrom(e, m_today).isValid());
    }
};

QTEST_GUILESS_MAIN(TestChangeText)
#include "tst_changetext.moc"
