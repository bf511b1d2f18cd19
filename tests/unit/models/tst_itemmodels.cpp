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

HealthcareService service(const QString &id, const QString &code, const QString &office = QStringLiteral("o1"))
{
    HealthcareService s;
    s.id = id;
    s.providedById = office;
    s.serviceType = code;
    return s;
}

PractitionerRole role(const QString &id, const QString &practitioner, const QStringList &services,
    const QString &office = QStringLiteral("o1"))
{
    PractitionerRole r;
    r.id = id;
    r.practitionerId = practitioner;
    r.organizationId = office;
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

InfoMessage message(const QString &id, const QString &text)
{
    InfoMessage m;
    m.id = id;
    m.subjectReference = QStringLiteral("Organization/o1");
    m.text = text;
    m.validFrom = QDate(2026, 11, 1);
    m.validTo = QDate(2026, 12, 1);
    return m;
}

// Spies on every change signal of a model. summary() names how many of each arrived since the last
// clear(), so a test states the exact set of signals a change must give.
struct Spies
{
    explicit Spies(QAbstractItemModel *m)
        : reset(m, &QAbstractItemModel::modelReset)
        , inserted(m, &QAbstractItemModel::rowsInserted)
        , removed(m, &QAbstractItemModel::rowsRemoved)
        , moved(m, &QAbstractItemModel::rowsMoved)
        , changed(m, &QAbstractItemModel::dataChanged)
        , columnsInserted(m, &QAbstractItemModel::columnsInserted)
        , columnsRemoved(m, &QAbstractItemModel::columnsRemoved)
        , layout(m, &QAbstractItemModel::layoutChanged)
        , header(m, &QAbstractItemModel::headerDataChanged)
    {
    }
    QString summary() const
    {
        QStringList parts;
        const auto add = [&parts](const char *name, const QSignalSpy &spy) {
            if (spy.count())
                parts << QStringLiteral("%1=%2").arg(QLatin1String(name)).arg(spy.count());
        };
        add("reset", reset);
        add("inserted", inserted);
        add("removed", removed);
        add("moved", moved);
        add("changed", changed);
        add("columnsInserted", columnsInserted);
        add("columnsRemoved", columnsRemoved);
        add("layout", layout);
        add("header", header);
        return parts.isEmpty() ? QStringLiteral("none") : parts.join(QLatin1Char(' '));
    }
    void clear()
    {
        for (QSignalSpy *s :
            {&reset, &inserted, &removed, &moved, &changed, &columnsInserted, &columnsRemoved, &layout, &header})
            s->clear();
    }
    // "first-last" of the n-th rowsInserted / rowsRemoved / columnsInserted signal.
    static QString range(const QSignalSpy &spy, int n = 0)
    {
        return QStringLiteral("%1-%2").arg(spy.at(n).at(1).toInt()).arg(spy.at(n).at(2).toInt());
    }
    // "row,column-row,column" of the n-th dataChanged.
    QString changedRange(int n = 0) const
    {
        const auto tl = changed.at(n).at(0).value<QModelIndex>();
        const auto br = changed.at(n).at(1).value<QModelIndex>();
        return QStringLiteral("%1,%2-%3,%4").arg(tl.row()).arg(tl.column()).arg(br.row()).arg(br.column());
    }
    QList<int> changedRoles(int n = 0) const { return changed.at(n).at(2).value<QList<int>>(); }
    // "from->destination" of the n-th rowsMoved (destination as beginMoveRows() takes it).
    QString move(int n = 0) const
    {
        return QStringLiteral("%1->%2").arg(moved.at(n).at(1).toInt()).arg(moved.at(n).at(4).toInt());
    }

    QSignalSpy reset, inserted, removed, moved, changed, columnsInserted, columnsRemoved, layout, header;
};

QStringList column(const QAbstractItemModel &model, int role, int col = 0)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, col).data(role).toString();
    return values;
}

} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The register of all GPs: Norwegian name order, the columns, what the filter matches.
    void gpListSortsAndSearches()
    {
        GpListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto entry = [](const char *role, const char *given, const char *family, const char *hpr, const char *office,
                         int services) {
            GpEntry e;
            e.roleId = QLatin1String(role);
            e.practitionerId = QLatin1String("p-") + QLatin1String(role);
            e.officeId = QLatin1String("o-") + QString::fromUtf8(office);
            e.given = QString::fromUtf8(given);
            e.family = QString::fromUtf8(family);
            e.hprNumber = QLatin1String(hpr);
            e.officeName = QString::fromUtf8(office);
            e.services = services;
            return e;
        };
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setItems({entry("r1", "Åse", "Ødegård", "1000001", "Tromsø legesenter", 3),
            entry("r2", "Kari", "berg", "1000002", "Alta legekontor", 5),
            entry("r3", "Per", "Zahl", "1000003", "Bodø legesenter", 0),
            entry("r4", "Anne", "Berg", "1000004", "Alta legekontor", 1)});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(GpListModel::ColumnCount));
        // Family, then given name; case does not matter; Ø after Z.
        QStringList order;
        for (int row = 0; row < model.rowCount(); ++row)
            order << model.at(row).roleId;
        QCOMPARE(order,
            (QStringList {QStringLiteral("r4"), QStringLiteral("r2"), QStringLiteral("r3"), QStringLiteral("r1")}));
        QCOMPARE(model.index(0, GpListModel::NameColumn).data().toString(), QStringLiteral("Berg, Anne"));
        QCOMPARE(model.index(0, GpListModel::HprColumn).data().toString(), QStringLiteral("1000004"));
        QCOMPARE(model.index(0, GpListModel::OfficeColumn).data().toString(), QStringLiteral("Alta legekontor"));
        QCOMPARE(model.index(0, GpListModel::ServicesColumn).data().toInt(), 1);
        QCOMPARE(model.index(3, 0).data(GpListModel::OfficeIdRole).toString(), QStringLiteral("o-Tromsø legesenter"));
        QCOMPARE(model.index(3, 0).data(IdRole).toString(), QStringLiteral("r1"));
        const QString search = model.index(3, 0).data(SearchTextRole).toString();
        QVERIFY(search.contains(QStringLiteral("Åse Ødegård")));
        QVERIFY(search.contains(QStringLiteral("1000001")));
        QVERIFY(search.contains(QStringLiteral("Tromsø legesenter")));
        QCOMPARE(model.rowOf(QStringLiteral("r3")), 2);
        QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
        QCOMPARE(model.index(2, 0).data(RawRole).value<GpEntry>(), model.at(2));
        QVERIFY(model.headerData(GpListModel::HprColumn, Qt::Horizontal).toString().contains(QStringLiteral("HPR")));
    }

    void actorsSetItemsResetsOnceAndSorts()
    {
        ActorListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Spies spies(&model);
        model.setItems({actor(QStringLiteral("t"), QStringLiteral("Torget legekontor")),
            actor(QStringLiteral("b"), QStringLiteral("bakklandet legesenter")),
            actor(QStringLiteral("a"), QStringLiteral("Aker legesenter"))});
        QCOMPARE(spies.summary(), QStringLiteral("reset=1"));
        // Case-insensitive: "bakklandet" sorts between "Aker" and "Torget".
        QCOMPARE(column(model, IdRole), (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("t")}));

        const QModelIndex first = model.index(0);
        QCOMPARE(first.data().toString(), QStringLiteral("Aker legesenter"));
        QCOMPARE(first.data(KindRole).toInt(), int(ActorKind::GpOffice));
        QCOMPARE(first.data(OrgNumberRole).toString(), QStringLiteral("974760673"));
        QVERIFY(!first.data(SortRole).toString().isEmpty());
        QVERIFY(first.data(SearchTextRole).toString().contains(QStringLiteral("974760673")));
        QCOMPARE(first.data(RawRole).value<Actor>().id, QStringLiteral("a"));
        QCOMPARE(model.roleNames().value(IdRole), QByteArray("id"));
        QCOMPARE(model.roleNames().value(OrgNumberRole), QByteArray("orgNumber"));
        QCOMPARE(model.actor(QStringLiteral("t"))->name, QStringLiteral("Torget legekontor"));
        QVERIFY(!model.actor(QStringLiteral("nope")));
    }

    void actorsSortTheNorwegianWay()
    {
        // Æ, Ø, Å come after Z, in that order; setItems() and upsert() agree.
        ActorListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems({actor(QStringLiteral("aa"), QStringLiteral("Ås legesenter")),
            actor(QStringLiteral("z"), QStringLiteral("Zeta legekontor")),
            actor(QStringLiteral("oe"), QStringLiteral("Øya legekontor"))});
        QCOMPARE(
            column(model, IdRole), (QStringList {QStringLiteral("z"), QStringLiteral("oe"), QStringLiteral("aa")}));
        Spies spies(&model);
        model.upsert(actor(QStringLiteral("ae"), QStringLiteral("Ærøy legesenter")));
        model.upsert(actor(QStringLiteral("s"), QStringLiteral("sandvika legesenter")));
        QCOMPARE(spies.summary(), QStringLiteral("inserted=2"));
        QCOMPARE(column(model, IdRole),
            (QStringList {QStringLiteral("s"), QStringLiteral("z"), QStringLiteral("ae"), QStringLiteral("oe"),
                QStringLiteral("aa")}));
    }

    void actorsThatShareANameShowTheirNumber()
    {
        ActorListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Actor a = actor(QStringLiteral("a1"), QStringLiteral("Alta legesenter AS"));
        a.orgNumber = QStringLiteral("911111111");
        Actor b = actor(QStringLiteral("a2"), QStringLiteral("Alta legesenter AS"));
        b.orgNumber = QStringLiteral("922222222");
        Actor other = actor(QStringLiteral("t"), QStringLiteral("Tromsø legekontor"));
        other.orgNumber = QStringLiteral("933333333");
        model.setItems({a, other});
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Alta legesenter AS"));
        Spies spies(&model);
        model.upsert(b); // now two of the name: both say which they are
        QCOMPARE(spies.summary(), QStringLiteral("inserted=1 changed=1"));
        QCOMPARE(column(model, Qt::DisplayRole),
            (QStringList {QStringLiteral("Alta legesenter AS (org. no. 911111111)"),
                QStringLiteral("Alta legesenter AS (org. no. 922222222)"), QStringLiteral("Tromsø legekontor")}));
        model.remove(QStringLiteral("a1"));
        QCOMPARE(column(model, Qt::DisplayRole),
            (QStringList {QStringLiteral("Alta legesenter AS"), QStringLiteral("Tromsø legekontor")}));
    }

    void actorsUpsertAndRemoveGiveTheSmallestSignals()
    {
        ActorListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems({actor(QStringLiteral("b"), QStringLiteral("Bakklandet legesenter")),
            actor(QStringLiteral("t"), QStringLiteral("Torget legekontor"))});
        Spies spies(&model);

        // New: one row inserted where it belongs.
        model.upsert(actor(QStringLiteral("e"), QStringLiteral("Ekeberg legekontor")));
        QCOMPARE(spies.summary(), QStringLiteral("inserted=1"));
        QCOMPARE(Spies::range(spies.inserted), QStringLiteral("1-1"));
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("Ekeberg legekontor"));
        spies.clear();

        // Changed, same name: one dataChanged on that row only.
        Actor withPhone = actor(QStringLiteral("e"), QStringLiteral("Ekeberg legekontor"));
        withPhone.phone = QStringLiteral("+47 22 66 99 00");
        model.upsert(withPhone);
        QCOMPARE(spies.summary(), QStringLiteral("changed=1"));
        QCOMPARE(spies.changedRange(), QStringLiteral("1,0-1,0"));
        QCOMPARE(model.index(1).data(RawRole).value<Actor>().phone, QStringLiteral("+47 22 66 99 00"));
        spies.clear();

        // Renamed but still in place: only dataChanged.
        model.upsert(actor(QStringLiteral("e"), QStringLiteral("Ekeberg legesenter")));
        QCOMPARE(spies.summary(), QStringLiteral("changed=1"));
        QCOMPARE(spies.changedRange(), QStringLiteral("1,0-1,0"));
        spies.clear();

        // Renamed to the end: one move and one dataChanged at its new row, no remove and insert.
        model.upsert(actor(QStringLiteral("e"), QStringLiteral("Vestby legekontor")));
        QCOMPARE(spies.summary(), QStringLiteral("moved=1 changed=1"));
        QCOMPARE(spies.move(), QStringLiteral("1->3"));
        QCOMPARE(spies.changedRange(), QStringLiteral("2,0-2,0"));
        QCOMPARE(column(model, IdRole), (QStringList {QStringLiteral("b"), QStringLiteral("t"), QStringLiteral("e")}));
        spies.clear();

        // And back to the front.
        model.upsert(actor(QStringLiteral("e"), QStringLiteral("Aker legekontor")));
        QCOMPARE(spies.summary(), QStringLiteral("moved=1 changed=1"));
        QCOMPARE(spies.move(), QStringLiteral("2->0"));
        QCOMPARE(spies.changedRange(), QStringLiteral("0,0-0,0"));
        QCOMPARE(column(model, IdRole), (QStringList {QStringLiteral("e"), QStringLiteral("b"), QStringLiteral("t")}));
        spies.clear();

        // Removed: one row removed; an unknown id changes nothing.
        model.remove(QStringLiteral("b"));
        QCOMPARE(spies.summary(), QStringLiteral("removed=1"));
        QCOMPARE(Spies::range(spies.removed), QStringLiteral("1-1"));
        spies.clear();
        model.remove(QStringLiteral("unknown"));
        QCOMPARE(spies.summary(), QStringLiteral("none"));
        QCOMPARE(column(model, IdRole), (QStringList {QStringLiteral("e"), QStringLiteral("t")}));
    }

    void gpServicesShowsWhoOffersWhat()
    {
        GpServicesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Spies spies(&model);
        HealthcareService inactive = service(QStringLiteral("s4"), QStringLiteral("video"));
        inactive.active = false;
        model.setOffice(QStringLiteral("o1"),
            {service(QStringLiteral("s2"), QStringLiteral("reseptfornyelse")),
                service(QStringLiteral("s1"), QStringLiteral("e-konsultasjon")), inactive,
                service(QStringLiteral("m1"), QStringLiteral("helsestasjon"))}, // not a GP service
            {role(QStringLiteral("r1"), QStringLiteral("p1"), {QStringLiteral("s1")}),
                role(QStringLiteral("r2"), QStringLiteral("p2"), {QStringLiteral("s1"), QStringLiteral("s2")}),
                role(QStringLiteral("rx"), QStringLiteral("p1"), {}, QStringLiteral("other-office"))},
            {gp(QStringLiteral("p1"), QStringLiteral("Kari"), QStringLiteral("Olsen")),
                gp(QStringLiteral("p2"), QStringLiteral("Knut"), QStringLiteral("Andersen"))});
        QCOMPARE(spies.summary(), QStringLiteral("reset=1"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 3);
        // Columns in ServiceType order, rows by family name.
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("E-consultation"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Prescription renewal"));
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Video consultation"));
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("Knut Andersen"));
        QCOMPARE(model.headerData(1, Qt::Vertical).toString(), QStringLiteral("Kari Olsen"));
        QCOMPARE(model.index(0, 1).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(model.index(1, 1).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(model.index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(model.index(1, 1).data(IdRole).toString(), QStringLiteral("r1"));
        QCOMPARE(model.index(1, 1).data(ServiceIdRole).toString(), QStringLiteral("s2"));
        QVERIFY(model.flags(model.index(1, 1)).testFlag(Qt::ItemIsUserCheckable));
        QVERIFY(model.flags(model.index(1, 1)).testFlag(Qt::ItemIsEnabled));
        QVERIFY(!model.flags(model.index(1, 2)).testFlag(Qt::ItemIsEnabled)); // inactive service
    }

    void gpServicesAsksInsteadOfPoking()
    {
        GpServicesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOffice(QStringLiteral("o1"),
            {service(QStringLiteral("s1"), QStringLiteral("e-konsultasjon")),
                service(QStringLiteral("s2"), QStringLiteral("reseptfornyelse"))},
            {role(QStringLiteral("r1"), QStringLiteral("p1"), {QStringLiteral("s1")})},
            {gp(QStringLiteral("p1"), QStringLiteral("Kari"), QStringLiteral("Olsen"))});
        Spies spies(&model);
        QSignalSpy toggle(&model, &GpServicesModel::toggleRequested);

        QVERIFY(model.setData(model.index(0, 1), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(toggle.count(), 1);
        QCOMPARE(toggle.first().at(0).toString(), QStringLiteral("r1"));
        QCOMPARE(toggle.first().at(1).toString(), QStringLiteral("s2"));
        QCOMPARE(toggle.first().at(2).toBool(), true);
        QCOMPARE(spies.summary(), QStringLiteral("none")); // not applied until the store says so
        QCOMPARE(model.index(0, 1).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

        QVERIFY(model.setData(model.index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(toggle.count(), 2);
        QCOMPARE(toggle.last().at(1).toString(), QStringLiteral("s1"));
        QCOMPARE(toggle.last().at(2).toBool(), false);

        // Nothing to ask for: the state is already so, or not a check state.
        QVERIFY(!model.setData(model.index(0, 0), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(!model.setData(model.index(0, 1), QStringLiteral("x"), Qt::EditRole));
        QCOMPARE(toggle.count(), 2);

        // The store's change comes back: one dataChanged over that GP's row.
        model.upsertRole(
            role(QStringLiteral("r1"), QStringLiteral("p1"), {QStringLiteral("s1"), QStringLiteral("s2")}));
        QCOMPARE(spies.summary(), QStringLiteral("changed=1"));
        QCOMPARE(spies.changedRange(), QStringLiteral("0,0-0,1"));
        QVERIFY(spies.changedRoles().contains(Qt::CheckStateRole));
        QCOMPARE(model.index(0, 1).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    }

    void gpServicesUpdatesPrecisely()
    {
        GpServicesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOffice(QStringLiteral("o1"),
            {service(QStringLiteral("s1"), QStringLiteral("e-konsultasjon")),
                service(QStringLiteral("s2"), QStringLiteral("reseptfornyelse"))},
            {role(QStringLiteral("r1"), QStringLiteral("p1"), {}),
                role(QStringLiteral("r3"), QStringLiteral("p3"), {})},
            {gp(QStringLiteral("p1"), QStringLiteral("Kari"), QStringLiteral("Berg")),
                gp(QStringLiteral("p2"), QStringLiteral("Ola"), QStringLiteral("Lie")),
                gp(QStringLiteral("p3"), QStringLiteral("Per"), QStringLiteral("Vik"))});
        Spies spies(&model);

        // A new GP: one row inserted in name order.
        model.upsertRole(role(QStringLiteral("r2"), QStringLiteral("p2"), {QStringLiteral("s1")}));
        QCOMPARE(spies.summary(), QStringLiteral("inserted=1"));
        QCOMPARE(Spies::range(spies.inserted), QStringLiteral("1-1"));
        QCOMPARE(
            column(model, IdRole), (QStringList {QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("r3")}));
        spies.clear();

        // A role of another office is not shown; one that leaves this office is removed.
        model.upsertRole(role(QStringLiteral("r9"), QStringLiteral("p1"), {}, QStringLiteral("o2")));
        QCOMPARE(spies.summary(), QStringLiteral("none"));
        model.upsertRole(role(QStringLiteral("r3"), QStringLiteral("p3"), {}, QStringLiteral("o2")));
        QCOMPARE(spies.summary(), QStringLiteral("removed=1"));
        QCOMPARE(Spies::range(spies.removed), QStringLiteral("2-2"));
        spies.clear();

        // A GP renamed: the row moves to its place, its header and texts change.
        model.upsertPractitioner(gp(QStringLiteral("p1"), QStringLiteral("Kari"), QStringLiteral("Nilsen")));
        QCOMPARE(spies.summary(), QStringLiteral("moved=1 changed=1 header=1"));
        QCOMPARE(spies.move(), QStringLiteral("0->2"));
        QCOMPARE(model.headerData(1, Qt::Vertical).toString(), QStringLiteral("Kari Nilsen"));
        spies.clear();

        // A new GP service of the office: one column inserted in ServiceType order.
        model.upsertService(service(QStringLiteral("s3"), QStringLiteral("e-kontakt")));
        QCOMPARE(spies.summary(), QStringLiteral("columnsInserted=1"));
        QCOMPARE(Spies::range(spies.columnsInserted), QStringLiteral("1-1"));
        QCOMPARE(model.serviceAt(1).serviceType, QStringLiteral("e-kontakt"));
        spies.clear();

        // A changed service: its column changes; services of other offices or types are ignored.
        HealthcareService off = service(QStringLiteral("s3"), QStringLiteral("e-kontakt"));
        off.active = false;
        model.upsertService(off);
        QCOMPARE(spies.summary(), QStringLiteral("changed=1 header=1"));
        QCOMPARE(spies.changedRange(), QStringLiteral("0,1-1,1"));
        spies.clear();
        model.upsertService(service(QStringLiteral("x1"), QStringLiteral("video"), QStringLiteral("o2")));
        model.upsertService(service(QStringLiteral("x2"), QStringLiteral("helsestasjon")));
        QCOMPARE(spies.summary(), QStringLiteral("none"));

        model.removeService(QStringLiteral("s3"));
        QCOMPARE(spies.summary(), QStringLiteral("columnsRemoved=1"));
        QCOMPARE(Spies::range(spies.columnsRemoved), QStringLiteral("1-1"));
        spies.clear();
        model.removeRole(QStringLiteral("r2"));
        QCOMPARE(spies.summary(), QStringLiteral("removed=1"));
        QCOMPARE(Spies::range(spies.removed), QStringLiteral("0-0"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), 2);
    }

    void absencesHaveStatusAndOrder()
    {
        AbsenceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(QDate(2026, 11, 23));
        Spies spies(&model);
        model.setItems({absence(QStringLiteral("future"), QDate(2026, 12, 1), QDate(2026, 12, 5)),
            absence(QStringLiteral("past"), QDate(2026, 10, 1), QDate(2026, 10, 5)),
            absence(QStringLiteral("now"), QDate(2026, 11, 20), QDate(2026, 11, 23))});
        QCOMPARE(spies.summary(), QStringLiteral("reset=1"));
        QCOMPARE(column(model, IdRole),
            (QStringList {QStringLiteral("past"), QStringLiteral("now"), QStringLiteral("future")}));
        QCOMPARE(model.index(0, 0).data(StatusRole).toInt(), int(AbsenceListModel::Status::Past));
        QCOMPARE(model.index(1, 0).data(StatusRole).toInt(), int(AbsenceListModel::Status::Active)); // last day
        QCOMPARE(model.index(2, 0).data(StatusRole).toInt(), int(AbsenceListModel::Status::Upcoming));
        QCOMPARE(model.index(1, AbsenceListModel::StatusColumn).data().toString(), QStringLiteral("Active now"));
        QCOMPARE(model.index(2, AbsenceListModel::StatusColumn).data().toString(), QStringLiteral("Upcoming"));
        QCOMPARE(model.index(0, AbsenceListModel::FromColumn).data(SortRole).toDate(), QDate(2026, 10, 1));
        QCOMPARE(model.index(0, AbsenceListModel::ServicesColumn).data().toString(),
            QStringLiteral("E-consultation (closed)"));
        QCOMPARE(model.headerData(AbsenceListModel::FromColumn, Qt::Horizontal).toString(), QStringLiteral("From"));
        spies.clear();

        // Another day: one dataChanged over all rows, with StatusRole; the same day: nothing.
        model.setToday(QDate(2026, 12, 2));
        QCOMPARE(spies.summary(), QStringLiteral("changed=1"));
        QCOMPARE(spies.changedRange(), QStringLiteral("0,0-2,%1").arg(AbsenceListModel::ColumnCount - 1));
        QVERIFY(spies.changedRoles().contains(StatusRole));
        QCOMPARE(model.index(2, 0).data(StatusRole).toInt(), int(AbsenceListModel::Status::Active));
        QCOMPARE(model.index(1, 0).data(StatusRole).toInt(), int(AbsenceListModel::Status::Past));
        spies.clear();
        model.setToday(QDate(2026, 12, 2));
        QCOMPARE(spies.summary(), QStringLiteral("none"));
    }

    void absencesUpdatePrecisely()
    {
        AbsenceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(QDate(2026, 11, 23));
        model.setItems({absence(QStringLiteral("a"), QDate(2026, 12, 1), QDate(2026, 12, 5)),
            absence(QStringLiteral("b"), QDate(2026, 12, 10), QDate(2026, 12, 12))});
        Spies spies(&model);

        model.upsert(absence(QStringLiteral("mid"), QDate(2026, 12, 3), QDate(2026, 12, 4)));
        QCOMPARE(spies.summary(), QStringLiteral("inserted=1"));
        QCOMPARE(Spies::range(spies.inserted), QStringLiteral("1-1"));
        spies.clear();

        // A later last day: one dataChanged over the row.
        model.upsert(absence(QStringLiteral("mid"), QDate(2026, 12, 3), QDate(2026, 12, 8)));
        QCOMPARE(spies.summary(), QStringLiteral("changed=1"));
        QCOMPARE(spies.changedRange(), QStringLiteral("1,0-1,%1").arg(AbsenceListModel::ColumnCount - 1));
        QCOMPARE(model.at(1).to, QDate(2026, 12, 8));
        spies.clear();

        // A later first day: the row moves, then changes.
        model.upsert(absence(QStringLiteral("mid"), QDate(2026, 12, 20), QDate(2026, 12, 21)));
        QCOMPARE(spies.summary(), QStringLiteral("moved=1 changed=1"));
        QCOMPARE(spies.move(), QStringLiteral("1->3"));
        QCOMPARE(
            column(model, IdRole), (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("mid")}));
        spies.clear();

        model.remove(QStringLiteral("a"));
        QCOMPARE(spies.summary(), QStringLiteral("removed=1"));
        QCOMPARE(Spies::range(spies.removed), QStringLiteral("0-0"));
        spies.clear();
        model.remove(QStringLiteral("a"));
        QCOMPARE(spies.summary(), QStringLiteral("none"));

        // GP names: one dataChanged over the GP column.
        model.setGpNames({{QStringLiteral("r1"), QStringLiteral("Kari Olsen")}});
        QCOMPARE(spies.summary(), QStringLiteral("changed=1"));
        QCOMPARE(spies.changedRange(), QStringLiteral("0,%1-1,%1").arg(int(AbsenceListModel::GpColumn)));
        QCOMPARE(model.index(0, AbsenceListModel::GpColumn).data().toString(), QStringLiteral("Kari Olsen"));
    }

    // Shown now, planned or expired, by the page's today; "(overlaps)" where another message is
    // shown on a day it is too, named in the tooltip; each change tells exactly the rows whose
    // overlap it may change.
    void infoMessagesHaveStatusAndOverlaps()
    {
        InfoMessageListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(QDate(2026, 11, 23));
        const auto between = [](const QString &id, const QDate &from, const QDate &to) {
            InfoMessage m = message(id, QStringLiteral("Melding ") + id);
            m.validFrom = from;
            m.validTo = to;
            return m;
        };
        model.setItems({between(QStringLiteral("old"), QDate(2026, 10, 1), QDate(2026, 11, 30)),
            between(QStringLiteral("now"), QDate(2026, 11, 20), QDate(2026, 11, 25)),
            between(QStringLiteral("later"), QDate(2026, 12, 20), QDate(2026, 12, 31)),
            between(QStringLiteral("gone"), QDate(2026, 9, 1), QDate(2026, 9, 30))});
        const auto status
            = [&model](int row) { return model.index(row, InfoMessageListModel::StatusColumn).data().toString(); };
        QCOMPARE(status(0), QStringLiteral("Shown now (overlaps)"));
        QCOMPARE(status(1), QStringLiteral("Shown now (overlaps)"));
        QCOMPARE(status(2), QStringLiteral("Planned"));
        QCOMPARE(status(3), QStringLiteral("Expired"));
        QVERIFY(model.index(0, InfoMessageListModel::StatusColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("\"Melding now\" (")));
        QCOMPARE(model.index(2, InfoMessageListModel::StatusColumn).data(SortRole).toInt(),
            int(InfoMessageListModel::Status::Planned));
        QCOMPARE(model.overlapping(model.at(1)).size(), 1);

        Spies spies(&model);
        model.upsert(between(QStringLiteral("now"), QDate(2026, 12, 1), QDate(2026, 12, 24))); // off old, onto later
        QCOMPARE(spies.summary(), QStringLiteral("changed=3"));
        QCOMPARE(status(0), QStringLiteral("Shown now"));
        QCOMPARE(status(1), QStringLiteral("Planned (overlaps)"));
        QCOMPARE(status(2), QStringLiteral("Planned (overlaps)"));
        spies.clear();
        model.remove(QStringLiteral("later"));
        QCOMPARE(spies.summary(), QStringLiteral("removed=1 changed=1"));
        QCOMPARE(status(1), QStringLiteral("Planned"));
        spies.clear();
        model.setToday(QDate(2026, 12, 1));
        QCOMPARE(status(0), QStringLiteral("Expired"));
        QCOMPARE(status(1), QStringLiteral("Shown now"));
    }

    void infoMessagesUpdatePrecisely()
    {
        InfoMessageListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Spies spies(&model);
        model.setItems({message(QStringLiteral("m0"), QStringLiteral("Stengt i romjulen"))});
        QCOMPARE(spies.summary(), QStringLiteral("reset=1"));
        spies.clear();

        model.upsert(message(QStringLiteral("m1"), QString(200, u'x')));
        QCOMPARE(spies.summary(), QStringLiteral("inserted=1 changed=1")); // m0 now overlaps it
        QCOMPARE(spies.changedRange(), QStringLiteral("0,%1-0,%1").arg(InfoMessageListModel::StatusColumn));
        QCOMPARE(Spies::range(spies.inserted), QStringLiteral("1-1"));
        QCOMPARE(model.index(1, InfoMessageListModel::TextColumn).data().toString().size(), 80); // shortened
        QCOMPARE(model.index(1, InfoMessageListModel::TextColumn).data(Qt::ToolTipRole).toString().size(), 200);
        QCOMPARE(model.index(1, InfoMessageListModel::ToColumn).data(SortRole).toDate(), QDate(2026, 12, 1));
        spies.clear();

        model.upsert(message(QStringLiteral("m1"), QStringLiteral("short")));
        QCOMPARE(spies.summary(), QStringLiteral("changed=2")); // the row, and m0's status
        QCOMPARE(spies.changedRange(), QStringLiteral("1,0-1,%1").arg(InfoMessageListModel::ColumnCount - 1));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("short"));
        spies.clear();

        model.remove(QStringLiteral("m0"));
        QCOMPARE(spies.summary(), QStringLiteral("removed=1 changed=1")); // m1 overlaps nothing now
        QCOMPARE(Spies::range(spies.removed), QStringLiteral("0-0"));
        spies.clear();
        model.remove(QStringLiteral("m0"));
        QCOMPARE(spies.summary(), QStringLiteral("none"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(IdRole).toString(), QStringLiteral("m1"));
    }
};

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
