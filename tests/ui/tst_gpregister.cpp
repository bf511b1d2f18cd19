// The register of all GPs over a real store: filter as you type, the count, opening an office, and
// following the store.
#include "actorpage.h"
#include "fhir/mapping.h"
#include "gpregisterpage.h"
#include "itemmodels.h"
#include "repo/actordirectory.h"
#include "repo/actors.h"
#include "repo/gpregister.h"
#include "store/store.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace hn;

namespace {

QJsonObject reference(const QString &target)
{
    return {{QStringLiteral("reference"), target}};
}

QJsonObject office(const QString &id, const QString &name)
{
    return {{QStringLiteral("resourceType"), QStringLiteral("Organization")}, {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("type"),
            QJsonArray {QJsonObject {{QStringLiteral("coding"),
                QJsonArray {QJsonObject {
                    {QStringLiteral("system"), QStringLiteral("urn:hnadmin:fhir:CodeSystem/organization-type")},
                    {QStringLiteral("code"), QStringLiteral("gp-office")}}}}}}}};
}

QJsonObject practitioner(const QString &id, const QString &given, const QString &family, const QString &hpr)
{
    return {{QStringLiteral("resourceType"), QStringLiteral("Practitioner")}, {QStringLiteral("id"), id},
        {QStringLiteral("name"),
            QJsonArray {
                QJsonObject {{QStringLiteral("family"), family}, {QStringLiteral("given"), QJsonArray {given}}}}},
        {QStringLiteral("identifier"),
            QJsonArray {QJsonObject {{QStringLiteral("system"), QStringLiteral("urn:oid:2.16.578.1.12.4.1.4.4")},
                {QStringLiteral("value"), hpr}}}}};
}

QJsonObject role(const QString &id, const QString &practitionerId, const QString &officeId, int services)
{
    QJsonArray refs;
    for (int i = 0; i < services; ++i)
        refs.append(reference(QStringLiteral("HealthcareService/%1-s%2").arg(id).arg(i)));
    return {{QStringLiteral("resourceType"), QStringLiteral("PractitionerRole")}, {QStringLiteral("id"), id},
        {QStringLiteral("practitioner"), reference(QStringLiteral("Practitioner/") + practitionerId)},
        {QStringLiteral("organization"), reference(QStringLiteral("Organization/") + officeId)},
        {QStringLiteral("healthcareService"), refs}};
}

// A GP office in a municipality, as Norway's base profile gives it on the address.
QJsonObject officeIn(const QString &id, const QString &name, const QString &orgNumber, const QString &number,
    const QString &municipality)
{
    QJsonObject o = office(id, name);
    o.insert(QStringLiteral("identifier"),
        QJsonArray {QJsonObject {{QStringLiteral("system"), QStringLiteral("urn:oid:2.16.578.1.12.4.1.4.101")},
            {QStringLiteral("value"), orgNumber}}});
    o.insert(QStringLiteral("address"),
        QJsonArray {QJsonObject {{QStringLiteral("district"), municipality},
            {QStringLiteral("extension"),
                QJsonArray {QJsonObject {{QStringLiteral("url"), fhir::kMunicipalityCodeExtension},
                    {QStringLiteral("valueCoding"), QJsonObject {{QStringLiteral("code"), number}}}}}}}});
    return o;
}

QJsonObject serviceOf(const QString &id, const QString &officeId, const QString &code, bool active = true)
{
    return {{QStringLiteral("resourceType"), QStringLiteral("HealthcareService")}, {QStringLiteral("id"), id},
        {QStringLiteral("active"), active},
        {QStringLiteral("providedBy"), reference(QStringLiteral("Organization/") + officeId)},
        {QStringLiteral("type"),
            QJsonArray {QJsonObject {{QStringLiteral("coding"),
                QJsonArray {
                    QJsonObject {{QStringLiteral("system"), QStringLiteral("urn:hnadmin:fhir:CodeSystem/service-type")},
                        {QStringLiteral("code"), code}}}}}}}};
}

QJsonObject roleOffering(
    const QString &id, const QString &practitionerId, const QString &officeId, const QStringList &serviceIds)
{
    QJsonObject r = role(id, practitionerId, officeId, 0);
    QJsonArray refs;
    for (const QString &s : serviceIds)
        refs.append(reference(QStringLiteral("HealthcareService/") + s));
    r.insert(QStringLiteral("healthcareService"), refs);
    return r;
}

} // namespace

class TestGpRegister : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;
    int m_n = 0;

private Q_SLOTS:
    void init()
    {
        store::Error error;
        m_store = store::Store::open(m_dir.filePath(QStringLiteral("gp%1.sqlite").arg(++m_n)), &error);
        QVERIFY2(m_store, qPrintable(error.message));
        QVERIFY(m_store->applyServerResources({office(QStringLiteral("o1"), QStringLiteral("Tromsø legesenter")),
            office(QStringLiteral("o2"), QStringLiteral("Alta legekontor")),
            practitioner(
                QStringLiteral("p1"), QStringLiteral("Åse"), QStringLiteral("Ødegård"), QStringLiteral("1000001")),
            practitioner(
                QStringLiteral("p2"), QStringLiteral("Kari"), QStringLiteral("Berg"), QStringLiteral("1000002")),
            practitioner(
                QStringLiteral("p3"), QStringLiteral("Per"), QStringLiteral("Zahl"), QStringLiteral("1000003")),
            role(QStringLiteral("r1"), QStringLiteral("p1"), QStringLiteral("o1"), 3),
            role(QStringLiteral("r2"), QStringLiteral("p2"), QStringLiteral("o2"), 5),
            role(QStringLiteral("r3"), QStringLiteral("p3"), QStringLiteral("o1"), 0)}));
    }
    void cleanup() { m_store.reset(); }

    // NHN's question: which offices in Alta have not turned on e-consultation? Three offices there
    // share a name (told apart by their organisation number); one offers it through both GPs, one
    // through one GP of two, one has it turned off for citizens; an office in Tromsø lacks it too.
    void answersWhichOfficesInAltaLackEConsultation()
    {
        QVERIFY(m_store->applyServerResources({
            officeIn(QStringLiteral("a1"), QStringLiteral("Alta legesenter AS"), QStringLiteral("911111111"),
                QStringLiteral("5601"), QStringLiteral("Alta")),
            officeIn(QStringLiteral("a2"), QStringLiteral("Alta legesenter AS"), QStringLiteral("922222222"),
                QStringLiteral("5601"), QStringLiteral("Alta")),
            officeIn(QStringLiteral("a3"), QStringLiteral("Alta legesenter AS"), QStringLiteral("933333333"),
                QStringLiteral("5601"), QStringLiteral("Alta")),
            officeIn(QStringLiteral("t1"), QStringLiteral("Tromsø legekontor"), QStringLiteral("944444444"),
                QStringLiteral("5501"), QStringLiteral("Tromsø")),
            serviceOf(QStringLiteral("a1-ek"), QStringLiteral("a1"), QStringLiteral("e-konsultasjon")),
            serviceOf(QStringLiteral("a2-ek"), QStringLiteral("a2"), QStringLiteral("e-konsultasjon")),
            serviceOf(QStringLiteral("a2-rf"), QStringLiteral("a2"), QStringLiteral("reseptfornyelse")),
            serviceOf(QStringLiteral("a3-ek"), QStringLiteral("a3"), QStringLiteral("e-konsultasjon"), false),
            serviceOf(QStringLiteral("t1-rf"), QStringLiteral("t1"), QStringLiteral("reseptfornyelse")),
            practitioner(
                QStringLiteral("q1"), QStringLiteral("Anne"), QStringLiteral("Aas"), QStringLiteral("2000001")),
            practitioner(
                QStringLiteral("q2"), QStringLiteral("Bjørn"), QStringLiteral("Bakke"), QStringLiteral("2000002")),
            practitioner(
                QStringLiteral("q3"), QStringLiteral("Cecilie"), QStringLiteral("Dahl"), QStringLiteral("2000003")),
            practitioner(
                QStringLiteral("q4"), QStringLiteral("Dag"), QStringLiteral("Eide"), QStringLiteral("2000004")),
            practitioner(
                QStringLiteral("q5"), QStringLiteral("Eva"), QStringLiteral("Foss"), QStringLiteral("2000005")),
            practitioner(
                QStringLiteral("q6"), QStringLiteral("Finn"), QStringLiteral("Gran"), QStringLiteral("2000006")),
            roleOffering(QStringLiteral("ra1"), QStringLiteral("q1"), QStringLiteral("a1"), {QStringLiteral("a1-ek")}),
            roleOffering(QStringLiteral("ra1b"), QStringLiteral("q2"), QStringLiteral("a1"), {QStringLiteral("a1-ek")}),
            roleOffering(QStringLiteral("ra2"), QStringLiteral("q3"), QStringLiteral("a2"),
                {QStringLiteral("a2-ek"), QStringLiteral("a2-rf")}),
            roleOffering(QStringLiteral("ra2b"), QStringLiteral("q4"), QStringLiteral("a2"), {QStringLiteral("a2-rf")}),
            roleOffering(QStringLiteral("ra3"), QStringLiteral("q5"), QStringLiteral("a3"), {QStringLiteral("a3-ek")}),
            roleOffering(QStringLiteral("rt1"), QStringLiteral("q6"), QStringLiteral("t1"), {QStringLiteral("t1-rf")}),
        }));
        repo::GpRegister gps(m_store.get());
        ui::GpRegisterPage page(&gps);
        page.show();
        auto *municipality = page.findChild<QComboBox *>(QStringLiteral("gpMunicipality"));
        QVERIFY(municipality->findData(QStringLiteral("Alta")) > 0);
        QVERIFY(municipality->findData(QStringLiteral("Tromsø")) > 0);
        page.setMunicipality(QStringLiteral("Alta"));
        page.setWithout(QStringLiteral("e-konsultasjon"));
        const auto shown = [&page](int column) {
            QSet<QString> values;
            for (int row = 0; row < page.proxy()->rowCount(); ++row)
                values << page.proxy()->index(row, column).data().toString();
            return values;
        };
        QCOMPARE(shown(models::GpListModel::OfficeColumn),
            (QSet<QString> {QStringLiteral("Alta legesenter AS (org. no. 922222222)"),
                QStringLiteral("Alta legesenter AS (org. no. 933333333)")}));
        QCOMPARE(shown(models::GpListModel::NameColumn),
            (QSet<QString> {QStringLiteral("Eide, Dag"), QStringLiteral("Foss, Eva")}));
        QCOMPARE(shown(models::GpListModel::MunicipalityColumn), QSet<QString> {QStringLiteral("Alta")});
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("gpCount"))->text().startsWith(QLatin1Char('2')));
        // All municipalities: Tromsø's office joins; an office whose name is its own has no number.
        page.setMunicipality(QString());
        QVERIFY(shown(models::GpListModel::OfficeColumn).contains(QStringLiteral("Tromsø legekontor")));
        // Also the three GPs of init(), whose services are not in the cache: unknown reads as not offered.
        QCOMPARE(page.proxy()->rowCount(), 3 + 3);
        page.setWithout(QString());
        QCOMPARE(page.proxy()->rowCount(), page.model()->rowCount());
    }

    // The offices of a municipality are reachable from its page.
    void aMunicipalitysPageListsItsOffices()
    {
        QJsonObject alta = office(QStringLiteral("m1"), QStringLiteral("Alta kommune"));
        alta.insert(QStringLiteral("type"),
            QJsonArray {QJsonObject {{QStringLiteral("coding"),
                QJsonArray {QJsonObject {
                    {QStringLiteral("system"), QStringLiteral("urn:hnadmin:fhir:CodeSystem/organization-type")},
                    {QStringLiteral("code"), QStringLiteral("municipality")}}}}}});
        alta.insert(QStringLiteral("identifier"),
            QJsonArray {QJsonObject {{QStringLiteral("system"), fhir::kKommunenummerSystem},
                {QStringLiteral("value"), QStringLiteral("5601")}}});
        QVERIFY(m_store->applyServerResources({alta,
            officeIn(QStringLiteral("a1"), QStringLiteral("Alta legesenter AS"), QStringLiteral("911111111"),
                QStringLiteral("5601"), QStringLiteral("Alta")),
            officeIn(QStringLiteral("a2"), QStringLiteral("Bossekop legekontor"), QStringLiteral("922222222"),
                QStringLiteral("5601"), QStringLiteral("Alta")),
            officeIn(QStringLiteral("t1"), QStringLiteral("Tromsø legekontor"), QStringLiteral("944444444"),
                QStringLiteral("5501"), QStringLiteral("Tromsø"))}));
        repo::Actors actors(m_store.get());
        ui::ActorPage page(&actors, QStringLiteral("m1"));
        QListWidget *offices = page.offices();
        QCOMPARE(offices->count(), 2);
        QCOMPARE(offices->item(0)->text(), QStringLiteral("Alta legesenter AS (org. no. 911111111)"));
        QCOMPARE(offices->item(1)->text(), QStringLiteral("Bossekop legekontor (org. no. 922222222)"));
        QSignalSpy requested(&page, &ui::ActorPage::actorRequested);
        Q_EMIT offices->itemActivated(offices->item(1));
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().toString(), QStringLiteral("a2"));
        // It follows the store: a new office in Alta joins the list.
        QVERIFY(m_store->applyServerResources({officeIn(QStringLiteral("a3"), QStringLiteral("Elvebakken legesenter"),
            QStringLiteral("955555555"), QStringLiteral("5601"), QStringLiteral("Alta"))}));
        QTRY_COMPARE(offices->count(), 3);
        // An office's own page lists no offices.
        ui::ActorPage other(&actors, QStringLiteral("a1"));
        QVERIFY(other.offices()->isHidden());
    }

    void readsEveryGpWithPractitionerAndOffice()
    {
        const auto entries = repo::GpRegister(m_store.get()).read();
        QCOMPARE(entries.size(), 3);
        for (const models::GpEntry &e : entries) {
            if (e.roleId != QLatin1String("r1"))
                continue;
            QCOMPARE(e.displayName(), QStringLiteral("Åse Ødegård"));
            QCOMPARE(e.hprNumber, QStringLiteral("1000001"));
            QCOMPARE(e.officeId, QStringLiteral("o1"));
            QCOMPARE(e.officeName, QStringLiteral("Tromsø legesenter"));
            QCOMPARE(e.services, 3);
        }
    }

    void filtersAsYouTypeAndOpensTheOffice()
    {
        repo::GpRegister gps(m_store.get());
        ui::GpRegisterPage page(&gps);
        page.resize(800, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.proxy()->rowCount(), 3);
        auto *count = page.findChild<QLabel *>(QStringLiteral("gpCount"));
        QVERIFY(count);
        QVERIFY(count->text().contains(QLatin1Char('3')));

        // By office, typed key by key, case-insensitive.
        QTest::keyClicks(page.filter(), QStringLiteral("tromsø"));
        QCOMPARE(page.proxy()->rowCount(), 2);
        QVERIFY(count->text().contains(QLatin1Char('2')) && count->text().contains(QLatin1Char('3')));
        // By HPR number.
        page.filter()->clear();
        QTest::keyClicks(page.filter(), QStringLiteral("1000002"));
        QCOMPARE(page.proxy()->rowCount(), 1);
        QCOMPARE(page.proxy()->index(0, 0).data().toString(), QStringLiteral("Berg, Kari"));
        // Nothing matches: an empty table, the count says 0 of 3.
        QTest::keyClicks(page.filter(), QStringLiteral("x"));
        QCOMPARE(page.proxy()->rowCount(), 0);
        QVERIFY(count->text().startsWith(QLatin1Char('0')));

        // Enter on a GP asks for the office.
        page.filter()->clear();
        QTest::keyClicks(page.filter(), QStringLiteral("zahl"));
        QCOMPARE(page.proxy()->rowCount(), 1);
        QSignalSpy office(&page, &ui::GpRegisterPage::officeRequested);
        page.view()->setFocus();
        page.view()->setCurrentIndex(page.proxy()->index(0, 0));
        QTest::keyClick(page.view(), Qt::Key_Return);
        QCOMPARE(office.count(), 1);
        QCOMPARE(office.first().at(0).toString(), QStringLiteral("o1"));
    }

    void sortsByColumn()
    {
        repo::GpRegister gps(m_store.get());
        ui::GpRegisterPage page(&gps);
        QCOMPARE(page.proxy()->index(0, 0).data().toString(), QStringLiteral("Berg, Kari"));
        QCOMPARE(page.proxy()->index(2, 0).data().toString(), QStringLiteral("Ødegård, Åse")); // Ø after Z
        page.view()->sortByColumn(models::GpListModel::ServicesColumn, Qt::DescendingOrder);
        QCOMPARE(page.proxy()->index(0, models::GpListModel::ServicesColumn).data().toInt(), 5);
        QCOMPARE(page.proxy()->index(2, models::GpListModel::ServicesColumn).data().toInt(), 0);
    }

    // Start-up reads the actor list on another thread before the store is bound; the list is the same.
    void prefetchedActorListIsTheSame()
    {
        repo::ActorDirectory plain(m_store.get());
        repo::ActorDirectory::prefetchActors(m_store->path());
        repo::ActorDirectory prefetched(m_store.get());
        QCOMPARE(prefetched.actorModel()->rowCount(), 2);
        QCOMPARE(prefetched.actorModel()->items(), plain.actorModel()->items());
        QCOMPARE(prefetched.actorModel()->at(0).name, QStringLiteral("Alta legekontor"));
    }

    // The sorted list is kept beside the store for the next start, and used only when the stored
    // Organizations are exactly those it was made from.
    void theListKeptForTheNextStartIsUsedOnlyForTheSameData()
    {
        const QString path = m_store->path();
        const QString kept = path + QStringLiteral(".actors");
        const auto listAtStart = [&path, this] {
            repo::ActorDirectory::prefetchActors(path);
            repo::ActorDirectory binding(m_store.get());
            return binding.actorModel()->items();
        };
        const auto keptBytes = [&kept] {
            QFile file(kept);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        QVERIFY(!QFile::exists(kept));
        const QList<models::Actor> first = listAtStart();
        QCOMPARE(first.size(), 2);
        QTRY_VERIFY(!keptBytes().isEmpty()); // written after the list was handed over

        // Same data: the kept list is what the next start shows (changed here, to tell it apart).
        const auto utf16 = [](const char *text) { // as QDataStream writes a QString: big-endian UTF-16
            QByteArray out;
            for (const char *c = text; *c; ++c)
                out.append('\0').append(*c);
            return out;
        };
        const QByteArray bytes = keptBytes();
        QVERIFY(bytes.contains(utf16("Alta legekontor")));
        const QByteArray changed = QByteArray(bytes).replace(utf16("Alta legekontor"), utf16("Elta legekontor"));
        QVERIFY(changed != bytes);
        {
            QFile file(kept);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(changed);
        }
        QList<models::Actor> again = listAtStart();
        QCOMPARE(again.at(0).name, QStringLiteral("Elta legekontor"));
        again[0].name = QStringLiteral("Alta legekontor");
        QCOMPARE(again, first); // everything else read back as it was

        // Changed data (an office renamed; the same number of bytes): read and sorted again, and kept anew.
        QVERIFY(m_store->applyServerResources({office(QStringLiteral("o1"), QStringLiteral("Alvdal helsesenter"))}));
        const QList<models::Actor> renamed = listAtStart();
        QCOMPARE(renamed.size(), 2);
        QCOMPARE(renamed.at(0).name, QStringLiteral("Alta legekontor"));
        QCOMPARE(renamed.at(1).name, QStringLiteral("Alvdal helsesenter"));
        QTRY_VERIFY(keptBytes() != changed);

        // A damaged file is not used.
        {
            QFile file(kept);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(QByteArray(100, 'x'));
        }
        QCOMPARE(listAtStart(), renamed);
    }

    void followsTheStore()
    {
        repo::GpRegister gps(m_store.get());
        ui::GpRegisterPage page(&gps);
        QCOMPARE(page.model()->rowCount(), 3);
        QVERIFY(m_store->applyServerResources({practitioner(QStringLiteral("p4"), QStringLiteral("Ola"),
                                                   QStringLiteral("Nordmann"), QStringLiteral("1000004")),
            role(QStringLiteral("r4"), QStringLiteral("p4"), QStringLiteral("o2"), 2)}));
        QTRY_COMPARE(page.model()->rowCount(), 4);
        QVERIFY(page.model()->rowOf(QStringLiteral("r4")) >= 0);
    }

    // When the file cannot be read again (here it has been moved away while the store has it open),
    // the table keeps what it showed instead of emptying; it follows the store again afterwards.
    void keepsTheListWhenTheFileCannotBeRead()
    {
        repo::GpRegister gps(m_store.get());
        ui::GpRegisterPage page(&gps);
        QCOMPARE(page.model()->rowCount(), 3);
        const QString path = m_store->path();
        const QString moved = path + QStringLiteral(".moved");
        QVERIFY(QFile::rename(path, moved));
        QSignalSpy read(&page, &ui::GpRegisterPage::backgroundReadDone);
        QVERIFY(
            m_store->applyServerResources({role(QStringLiteral("r4"), QStringLiteral("p2"), QStringLiteral("o1"), 1)}));
        QVERIFY(read.wait(10000));
        QCOMPARE(read.last().at(0).toBool(), false);
        QCOMPARE(page.model()->rowCount(), 3);
        QVERIFY(QFile::rename(moved, path));
        QVERIFY(
            m_store->applyServerResources({role(QStringLiteral("r5"), QStringLiteral("p3"), QStringLiteral("o2"), 1)}));
        QTRY_COMPARE(page.model()->rowCount(), 5);
        QCOMPARE(read.last().at(0).toBool(), true);
    }
};

QTEST_MAIN(TestGpRegister)
#include "tst_gpregister.moc"
