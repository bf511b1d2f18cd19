#include "itemmodels.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace hn::models;

namespace {
Actor actor(const QString &id, const QString &name)
{
    Actor a;
    a.id = id;
    a.name = name;
    a.kind = ActorKind::GpOffice;
    a.orgNumber = QStringLiteral("974760673");
    return a;
}
HealthcareService service(const QString &id, const QString &code)
{
    HealthcareService s;
    s.id = id;
    s.providedById = QStringLiteral("o1");
    s.serviceType = code;
    return s;
}
PractitionerRole role(const QString &id, const QString &practitioner, const QStringList &services)
{
    PractitionerRole r;
    r.id = id;
    r.practitionerId = practitioner;
    r.organizationId = QStringLiteral("o1");
    r.healthcareServiceIds = services;
    return r;
}
Practitioner gp(const QString &id, const QString &given, const QString &family)
{
    Practitioner p;
    p.id = id;
    p.given = given;
    p.family = family;
    return p;
}
Absence absence(const QString &id, const QDate &from, const QDate &to)
{
    Absence a;
    a.id = id;
    a.practitionerRoleId = QStringLiteral("r1");
    a.from = from;
    a.to = to;
    a.services = {{QStringLiteral("e-konsultasjon"), AffectedService::Mode::Closed, QStringLiteral("x")}};
    return a;
}
} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void actorsStaySortedWithMinimalSignals()
    {
        ActorListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems({actor(QStringLiteral("b"), QStringLiteral("Bakklandet legesenter")),
            actor(QStringLiteral("t"), QStringLiteral("Torget legekontor"))});
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        model.upsert(actor(QStringLiteral("e"), QStringLiteral("Ekeberg legekontor")));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1); // between B and T
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("Ekeberg legekontor"));

        Actor changedActor = actor(QStringLiteral("e"), QStringLiteral("Ekeberg legekontor"));
        changedActor.phone = QStringLiteral("+47 22 66 99 00");
        model.upsert(changedActor);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 1);

        model.remove(QStringLiteral("b"));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(reset.count(), 0);
        QVERIFY(model.index(0).data(SearchTextRole).toString().contains(QStringLiteral("974760673")));
        QCOMPARE(model.index(0).data(IdRole).toString(), QStringLiteral("e"));
    }

    void gpServiceMatrixAsksInsteadOfPoking()
    {
        GpServicesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOffice(QStringLiteral("o1"),
            {service(QStringLiteral("s2"), QStringLiteral("reseptfornyelse")),
                service(QStringLiteral("s1"), QStringLiteral("e-konsultasjon"))},
            {role(QStringLiteral("r1"), QStringLiteral("p1"), {QStringLiteral("s1")}),
                role(QStringLiteral("r2"), QStringLiteral("p2"), {QStringLiteral("s1"), QStringLiteral("s2")})},
            {gp(QStringLiteral("p1"), QStringLiteral("Kari"), QStringLiteral("Olsen")),
                gp(QStringLiteral("p2"), QStringLiteral("Knut"), QStringLiteral("Andersen"))});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.serviceAt(0).serviceType, QStringLiteral("e-konsultasjon")); // ServiceType order
        QCOMPARE(
            model.headerData(0, Qt::Vertical).toString(), QStringLiteral("Knut Andersen")); // sorted by family name
        QCOMPARE(model.index(1, 1).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

        QSignalSpy toggle(&model, &GpServicesModel::toggleRequested);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(1, 1), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(toggle.count(), 1);
        QCOMPARE(toggle.first().at(0).toString(), QStringLiteral("r1"));
        QCOMPARE(toggle.first().at(1).toString(), QStringLiteral("s2"));
        QCOMPARE(toggle.first().at(2).toBool(), true);
        QCOMPARE(changed.count(), 0); // not applied until the store says so
        QCOMPARE(model.index(1, 1).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

        model.upsertRole(
            role(QStringLiteral("r1"), QStringLiteral("p1"), {QStringLiteral("s1"), QStringLiteral("s2")}));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(1, 1).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

        QSignalSpy columns(&model, &QAbstractItemModel::columnsInserted);
        model.upsertService(service(QStringLiteral("s3"), QStringLiteral("e-kontakt")));
        QCOMPARE(columns.count(), 1);
        QCOMPARE(model.serviceAt(1).serviceType, QStringLiteral("e-kontakt"));
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.removeRole(QStringLiteral("r2"));
        QCOMPARE(removed.count(), 1);
    }

    void absencesHaveStatusAndOrder()
    {
        AbsenceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(QDate(2026, 11, 23));
        model.setItems({absence(QStringLiteral("future"), QDate(2026, 12, 1), QDate(2026, 12, 5)),
            absence(QStringLiteral("past"), QDate(2026, 10, 1), QDate(2026, 10, 5)),
            absence(QStringLiteral("now"), QDate(2026, 11, 20), QDate(2026, 11, 23))});
        QCOMPARE(model.index(0, 0).data(IdRole).toString(), QStringLiteral("past"));
        QCOMPARE(model.index(0, 0).data(StatusRole).toInt(), int(AbsenceListModel::Status::Past));
        QCOMPARE(model.index(1, 0).data(StatusRole).toInt(), int(AbsenceListModel::Status::Active));
        QCOMPARE(model.index(2, 0).data(StatusRole).toInt(), int(AbsenceListModel::Status::Upcoming));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.upsert(absence(QStringLiteral("mid"), QDate(2026, 11, 25), QDate(2026, 11, 26)));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 2);
        Absence longer = absence(QStringLiteral("mid"), QDate(2026, 11, 25), QDate(2026, 11, 28));
        model.upsert(longer);
        QCOMPARE(changed.count(), 1);
        model.setToday(QDate(2026, 12, 2));
        QCOMPARE(model.index(model.rowOf(QStringLiteral("future")), 0).data(StatusRole).toInt(),
            int(AbsenceListModel::Status::Active));
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.remove(QStringLiteral("past"));
        QCOMPARE(removed.count(), 1);
        QVERIFY(model.index(0, AbsenceListModel::ServicesColumn).data().toString().contains(QStringLiteral("closed")));
    }

    void infoMessages()
    {
        InfoMessageListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        InfoMessage m;
        m.id = QStringLiteral("m1");
        m.text = QString(200, u'x');
        m.validFrom = QDate(2026, 11, 1);
        m.validTo = QDate(2026, 12, 1);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.upsert(m);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.index(0, 0).data().toString().size(), 80);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        m.text = QStringLiteral("short");
        model.upsert(m);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("short"));
        model.remove(QStringLiteral("m1"));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
