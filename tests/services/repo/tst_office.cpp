// The office repository without widgets: what it reads, what it says when the store changes, and
// its edit verbs. The store is filled from domain values (through the mapping), as a sync writes it.

#include "fhir/mapping.h"
#include "repo/editcommand.h"
#include "repo/office.h"
#include "store/store.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace hn;
using namespace hn::models;
using namespace Qt::StringLiterals;

namespace {

// A resource as a server sends it: with a version.
QJsonObject onServer(QJsonObject resource, int version = 1)
{
    resource.insert(u"meta"_s,
        QJsonObject {{u"versionId"_s, QString::number(version)}, {u"lastUpdated"_s, u"2026-11-20T08:00:00Z"_s}});
    return resource;
}

Actor office(const QString &id, const QString &name)
{
    Actor a;
    a.id = id;
    a.kind = ActorKind::GpOffice;
    a.name = name;
    a.phone = u"+47 22 66 99 00"_s;
    return a;
}

HealthcareService service(const QString &code, const QString &officeId = u"office-1"_s)
{
    HealthcareService s;
    s.id = u"hs-"_s + code + u"-"_s + officeId;
    s.providedById = officeId;
    s.serviceType = code;
    s.program = u"ddfl"_s;
    return s;
}

Practitioner gp(const QString &id, const QString &given, const QString &family)
{
    Practitioner p;
    p.id = id;
    p.given = given;
    p.family = family;
    return p;
}

PractitionerRole role(const QString &id, const QString &practitioner, const QStringList &services,
    const QString &officeId = u"office-1"_s)
{
    PractitionerRole r;
    r.id = id;
    r.practitionerId = practitioner;
    r.organizationId = officeId;
    r.healthcareServiceIds = services;
    return r;
}

Absence absence(const QString &id, const QString &roleId, const QDate &from, const QDate &to)
{
    Absence a;
    a.id = id;
    a.practitionerRoleId = roleId;
    a.from = from;
    a.to = to;
    a.services = {{u"e-konsultasjon"_s, AffectedService::Mode::Closed, u"Stengt i ferien."_s, {}}};
    return a;
}

InfoMessage message(const QString &id, const QString &subject, const QString &text)
{
    InfoMessage m;
    m.id = id;
    m.subjectReference = subject;
    m.text = text;
    m.validFrom = QDate(2026, 12, 1);
    m.validTo = QDate(2026, 12, 31);
    return m;
}

QStringList ids(const auto &values)
{
    QStringList out;
    for (const auto &v : values)
        out.append(v.id);
    out.sort();
    return out;
}

} // namespace

class TestOfficeRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;
    int m_n = 0;

    void serverWrites(const QList<QJsonObject> &resources)
    {
        store::Error error;
        QVERIFY2(m_store->applyServerResources(resources, &error), qPrintable(error.message));
    }

private Q_SLOTS:
    void init()
    {
        store::Error error;
        m_store = store::Store::open(m_dir.filePath(u"office%1.sqlite"_s.arg(++m_n)), &error);
        QVERIFY(m_store);
        serverWrites({onServer(fhir::toFhir(office(u"office-1"_s, u"Ekeberg legekontor"_s))),
            onServer(fhir::toFhir(office(u"office-2"_s, u"Nordre legetjeneste"_s))),
            onServer(fhir::toFhir(service(u"reseptfornyelse"_s))), onServer(fhir::toFhir(service(u"e-konsultasjon"_s))),
            onServer(fhir::toFhir(service(u"e-konsultasjon"_s, u"office-2"_s))),
            onServer(fhir::toFhir(gp(u"p1"_s, u"Hilde"_s, u"Johansen"_s))),
            onServer(fhir::toFhir(gp(u"p2"_s, u"Ola"_s, u"Berg"_s))),
            onServer(fhir::toFhir(role(u"r1"_s, u"p1"_s, {u"hs-e-konsultasjon-office-1"_s}))),
            onServer(fhir::toFhir(role(u"r2"_s, u"p2"_s, {}))),
            onServer(fhir::toFhir(absence(u"a1"_s, u"r1"_s, QDate(2026, 12, 6), QDate(2026, 12, 12)))),
            onServer(fhir::toFhir(message(u"m1"_s, u"Organization/office-1"_s, u"Stengt i romjulen."_s))),
            onServer(fhir::toFhir(message(u"m2"_s, u"PractitionerRole/r2"_s, u"Ola er på kurs."_s))),
            onServer(fhir::toFhir(message(u"m3"_s, u"Organization/office-2"_s, u"Ikke vårt."_s)))});
    }

    // The office, its GP services in display order, its GPs, their absences and the messages for
    // the office or one of its GPs; nothing of another office.
    void readsTheOffice()
    {
        repo::Office repository(m_store.get(), nullptr, u"office-1"_s);
        QCOMPARE(repository.office().name, u"Ekeberg legekontor"_s);
        QStringList codes;
        for (const HealthcareService &s : repository.services())
            codes.append(s.serviceType);
        QCOMPARE(codes, (QStringList {u"e-konsultasjon"_s, u"reseptfornyelse"_s}));
        QCOMPARE(ids(repository.roles()), (QStringList {u"r1"_s, u"r2"_s}));
        QCOMPARE(repository.practitionerOf(u"r2"_s)->displayName(), u"Ola Berg"_s);
        QVERIFY(!repository.practitionerOf(u"r9"_s));
        QCOMPARE(ids(repository.absences()), QStringList {u"a1"_s});
        QCOMPARE(ids(repository.infoMessages()), (QStringList {u"m1"_s, u"m2"_s}));
    }

    // A sync's changes come as domain values; a GP who moves to another office leaves, and their
    // absences stay the office's to show.
    void saysWhatChanged()
    {
        repo::Office repository(m_store.get(), nullptr, u"office-1"_s);
        QSignalSpy absences(&repository, &repo::Office::absenceChanged);
        QSignalSpy left(&repository, &repo::Office::roleLeft);
        QSignalSpy changed(&repository, &repo::Office::changed);
        QSignalSpy messages(&repository, &repo::Office::infoMessageChanged);
        QSignalSpy officeSpy(&repository, &repo::Office::officeChanged);

        Absence longer = absence(u"a1"_s, u"r1"_s, QDate(2026, 12, 6), QDate(2026, 12, 19));
        serverWrites({onServer(fhir::toFhir(longer), 2)});
        QCOMPARE(absences.size(), 1);
        QCOMPARE(absences.at(0).at(0).value<Absence>().to, QDate(2026, 12, 19));

        serverWrites({onServer(fhir::toFhir(role(u"r1"_s, u"p1"_s, {}, u"office-2"_s)), 2)});
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.at(0).at(0).toString(), u"r1"_s);
        QVERIFY(!repository.hasRole(u"r1"_s));
        serverWrites({onServer(fhir::toFhir(longer), 3)});
        QCOMPARE(absences.size(), 2); // still shown here

        serverWrites(
            {onServer(fhir::toFhir(message(u"m3"_s, u"Organization/office-2"_s, u"Fortsatt ikke vårt."_s)), 2)});
        QCOMPARE(messages.size(), 0);
        Actor renamed = office(u"office-1"_s, u"Ekeberg legesenter"_s);
        serverWrites({onServer(fhir::toFhir(renamed), 2)});
        QCOMPARE(officeSpy.size(), 1);
        QCOMPARE(repository.office().name, u"Ekeberg legesenter"_s);
        QVERIFY(changed.size() >= 3);
    }

    // A first sync writes pages of hundreds: one reload, not hundreds of signals.
    void aLargePageReloadsOnce()
    {
        repo::Office repository(m_store.get(), nullptr, u"office-1"_s);
        QSignalSpy reloaded(&repository, &repo::Office::reloaded);
        QSignalSpy absences(&repository, &repo::Office::absenceChanged);
        QList<QJsonObject> page;
        for (int i = 0; i < 250; ++i)
            page.append(
                onServer(fhir::toFhir(absence(u"n%1"_s.arg(i), u"r2"_s, QDate(2027, 1, 1), QDate(2027, 1, 2)))));
        serverWrites(page);
        QCOMPARE(reloaded.size(), 1);
        QCOMPARE(absences.size(), 0);
        QCOMPARE(repository.absences().size(), 251);
    }

    // Turning a service on is a command: done, it waits to be sent and the role says which service
    // is pending; undone before it was sent, it is taken back. Nothing to change: no command.
    void setsAServiceOffered()
    {
        repo::Office repository(m_store.get(), nullptr, u"office-1"_s);
        QUndoStack undo;
        QSignalSpy roles(&repository, &repo::Office::roleChanged);
        QVERIFY(!repository.setServicesOffered(u"r1"_s, {u"hs-e-konsultasjon-office-1"_s}, true, u"on"_s));
        undo.push(repository.setServicesOffered(u"r2"_s, {u"hs-reseptfornyelse-office-1"_s}, true, u"on"_s));
        QCOMPARE(m_store->outbox().size(), 1);
        QCOMPARE(roles.size(), 1);
        QCOMPARE(roles.at(0).at(0).value<PractitionerRole>().healthcareServiceIds,
            QStringList {u"hs-reseptfornyelse-office-1"_s});
        QCOMPARE(roles.at(0).at(1).value<QSet<QString>>(), QSet<QString> {u"hs-reseptfornyelse-office-1"_s});
        QCOMPARE(roles.at(0).at(2).toBool(), false);
        undo.undo();
        QCOMPARE(m_store->outbox().size(), 0);
        QCOMPARE(repository.role(u"r2"_s).healthcareServiceIds, QStringList());
    }

    // A new message gets an id and is the office's; saved, its source is what was saved, so the
    // next edit builds on it. Deleted, it is said to be removed.
    void savesAndDeletesAMessage()
    {
        repo::Office repository(m_store.get(), nullptr, u"office-1"_s);
        QUndoStack undo;
        InfoMessage m;
        m.text = u"Vi har ny timebok."_s;
        m.validFrom = QDate(2026, 12, 1);
        m.validTo = QDate(2026, 12, 2);
        undo.push(repository.saveInfoMessage(&m, true, InfoMessage(), u"add"_s));
        QVERIFY(!m.id.isEmpty());
        QCOMPARE(m.subjectReference, u"Organization/office-1"_s);
        QCOMPARE(fhir::infoMessageFromFhir(m_store->resource(u"Basic"_s, m.id)->json).value().text, m.text);
        QCOMPARE(fhir::infoMessageFromFhir(m.source).value().text, m.text);

        QSignalSpy removed(&repository, &repo::Office::removed);
        undo.push(repository.deleteInfoMessage(u"m1"_s, u"delete"_s));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(0).toString(), u"m1"_s);
    }

    // Unsaved input kept over a restart comes back once, with what each was typed on.
    void keepsDraftsOnce()
    {
        repo::Office repository(m_store.get(), nullptr, u"office-1"_s);
        repo::OfficeDrafts drafts;
        drafts.phone = std::pair(u"+47 99 99 99 99"_s, repository.office());
        drafts.serviceTexts.insert(
            u"hs-e-konsultasjon-office-1"_s, {u"Ny tekst"_s, *repository.service(u"hs-e-konsultasjon-office-1"_s)});
        drafts.serviceTexts.insert(u"hs-gone"_s, {u"Borte"_s, HealthcareService()});
        drafts.infoMessages.insert(QString(), {u"Ny melding"_s, QDate(2026, 12, 1), QDate(2026, 12, 3), {}});
        QVERIFY(repository.keepDrafts(drafts));

        repo::Office next(m_store.get(), nullptr, u"office-1"_s);
        const repo::OfficeDrafts kept = next.takeDrafts();
        QCOMPARE(kept.phone->first, u"+47 99 99 99 99"_s);
        QCOMPARE(kept.phone->second.name, u"Ekeberg legekontor"_s);
        QCOMPARE(kept.serviceTexts.keys(), QStringList {u"hs-e-konsultasjon-office-1"_s}); // a service gone: dropped
        QCOMPARE(kept.serviceTexts.value(u"hs-e-konsultasjon-office-1"_s).second.id, u"hs-e-konsultasjon-office-1"_s);
        QCOMPARE(kept.infoMessages.value(QString()).text, u"Ny melding"_s);
        QCOMPARE(kept.infoMessages.value(QString()).to, QDate(2026, 12, 3));
        QVERIFY(next.takeDrafts().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOfficeRepository)
#include "tst_office.moc"
