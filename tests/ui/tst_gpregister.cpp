// The register of all GPs over a real store: filter as you type, the count, opening an office, and
// following the store.
#include "gpregisterpage.h"
#include "itemmodels.h"
#include "store/store.h"
#include "storebinding.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
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

    void readsEveryGpWithPractitionerAndOffice()
    {
        const auto entries = ui::readGpEntries(m_store.get());
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
        ui::GpRegisterPage page(m_store.get());
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
        ui::GpRegisterPage page(m_store.get());
        QCOMPARE(page.proxy()->index(0, 0).data().toString(), QStringLiteral("Berg, Kari"));
        QCOMPARE(page.proxy()->index(2, 0).data().toString(), QStringLiteral("Ødegård, Åse")); // Ø after Z
        page.view()->sortByColumn(models::GpListModel::ServicesColumn, Qt::DescendingOrder);
        QCOMPARE(page.proxy()->index(0, models::GpListModel::ServicesColumn).data().toInt(), 5);
        QCOMPARE(page.proxy()->index(2, models::GpListModel::ServicesColumn).data().toInt(), 0);
    }

    // Start-up reads the actor list on another thread before the store is bound; the list is the same.
    void prefetchedActorListIsTheSame()
    {
        ui::StoreBinding plain(m_store.get());
        ui::StoreBinding::prefetchActors(m_store->path());
        ui::StoreBinding prefetched(m_store.get());
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
            ui::StoreBinding::prefetchActors(path);
            ui::StoreBinding binding(m_store.get());
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
        ui::GpRegisterPage page(m_store.get());
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
        ui::GpRegisterPage page(m_store.get());
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
