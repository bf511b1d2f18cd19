// The corpus of malformed pages (tests/data/malformed/): each is refused with a reason, or read with
// the one bad resource set aside, and never crashes (./dev.sh asan runs this with AddressSanitizer
// and UBSan). What is read, QJsonDocument reads too.

#include "fhir/mapping.h"
#include "sync/bundlescan.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace hn;
using namespace Qt::StringLiterals;

namespace {

QByteArray corpusFile(const QString &name)
{
    QFile file(QStringLiteral(HN_SOURCE_DIR "/tests/data/malformed/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing corpus file %s", qPrintable(name));
    return file.readAll();
}

QStringList idsRead(const sync::ScannedBundle &bundle)
{
    QStringList ids;
    for (const sync::ScannedEntry &e : bundle.entries) {
        if (e.resource)
            ids.append(QString::fromUtf8(e.resource->id));
    }
    return ids;
}

} // namespace

class TestMalformedPages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eachIsRefusedOrSetAside_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("refusedWhy"); // the page's error contains this ("*": any); empty: read
        QTest::addColumn<QString>("setAside"); // the id of the resource set aside, if any
        QTest::addColumn<QString>("setAsideWhy");
        QTest::addColumn<QStringList>("read"); // the ids read
        const QStringList all = {u"b1"_s, u"b2"_s, u"b3"_s};
        const QStringList notFirst = {u"b2"_s, u"b3"_s};
        QTest::newRow("truncated") << u"truncated-page.json"_s << u"*"_s << QString() << QString() << QStringList();
        QTest::newRow("truncated in a string")
            << u"truncated-in-string.json"_s << u"unterminated"_s << QString() << QString() << QStringList();
        QTest::newRow("truncated in a character")
            << u"truncated-in-utf8.json"_s << u"unterminated"_s << QString() << QString() << QStringList();
        QTest::newRow("invalid UTF-8 in a resource")
            << u"invalid-utf8-in-resource.json"_s << QString() << u"b1"_s << u"UTF-8"_s << notFirst;
        QTest::newRow("invalid UTF-8 outside the resources")
            << u"invalid-utf8-outside-resources.json"_s << u"UTF-8"_s << QString() << QString() << QStringList();
        QTest::newRow("control character in a resource")
            << u"control-character-in-resource.json"_s << QString() << u"b1"_s << u"control"_s << notFirst;
        QTest::newRow("NUL bytes") << u"nul-bytes.json"_s << u"*"_s << QString() << QString() << QStringList();
        QTest::newRow("100,000 deep") << u"deep-100000-top-level.json"_s << u"nested too deeply"_s << QString()
                                      << QString() << QStringList();
        QTest::newRow("100,000 deep in a resource")
            << u"deep-100000-in-resource.json"_s << QString() << u"b1"_s << u"nested too deeply"_s << notFirst;
        QTest::newRow("100,000 deep, never closed")
            << u"deep-100000-unclosed.json"_s << u"*"_s << QString() << QString() << QStringList();
        QTest::newRow("total past a double")
            << u"huge-number-total.json"_s << u"out of range"_s << QString() << QString() << QStringList();
        QTest::newRow("total of 100,000 digits")
            << u"long-number.json"_s << u"out of range"_s << QString() << QString() << QStringList();
        QTest::newRow("number past a double in a resource")
            << u"huge-number-in-resource.json"_s << QString() << u"b1"_s << u"out of range"_s << notFirst;
        QTest::newRow("integer past 64 bits (a double to Qt)")
            << u"huge-integer-in-resource.json"_s << QString() << QString() << QString() << all;
        QTest::newRow("duplicate keys: the last counts") << u"duplicate-keys.json"_s << QString() << QString()
                                                         << QString() << QStringList {u"b1-last"_s, u"b2"_s, u"b3"_s};
        QTest::newRow("not a Bundle") << u"not-a-bundle.json"_s << u"not a Bundle"_s << QString() << QString()
                                      << QStringList();
        QTest::newRow("empty") << u"empty.json"_s << u"no JSON value"_s << QString() << QString() << QStringList();
    }
    void eachIsRefusedOrSetAside()
    {
        QFETCH(QString, file);
        QFETCH(QString, refusedWhy);
        QFETCH(QString, setAside);
        QFETCH(QString, setAsideWhy);
        QFETCH(QStringList, read);
        const QByteArray text = corpusFile(file);
        const sync::ScannedBundle bundle = sync::scanBundle(text);
        const bool refused = !refusedWhy.isEmpty();
        QCOMPARE(bundle.ok(), !refused);
        if (refused) {
            QVERIFY2(!bundle.error.isEmpty() && (refusedWhy == u"*"_s || bundle.error.contains(refusedWhy)),
                qPrintable(bundle.error));
            QVERIFY(bundle.entries.isEmpty());
        }
        QCOMPARE(idsRead(bundle), read);
        for (const sync::ScannedEntry &e : bundle.entries) {
            if (e.resource) { // as Qt reads it
                const QJsonObject qt = QJsonDocument::fromJson(e.resource->json).object();
                QCOMPARE(qt.value(QLatin1String("id")).toString(), QString::fromUtf8(e.resource->id));
                QCOMPARE(qt.value(QLatin1String("resourceType")).toString(), QString::fromUtf8(e.resource->type));
                continue;
            }
            QCOMPARE(e.unreadableId, setAside);
            QCOMPARE(e.unreadableType, u"Basic"_s);
            QVERIFY2(e.unreadable.contains(setAsideWhy), qPrintable(e.unreadable));
        }
        QCOMPARE(bundle.unreadableSeen, !setAside.isEmpty());
        // The other readers take the same bytes without harm.
        (void)sync::scanTotal(text);
        (void)sync::scanNextLink(text);
        QVERIFY(!fhir::actorSummaryFromFhir(text).ok());
    }

    // A page's head, cut anywhere (mid-string, mid-character), still gives the next link once the
    // link has arrived: the next page is asked for while this one arrives.
    void theNextLinkIsReadFromAHead()
    {
        for (const char *name : {"truncated-in-string.json", "truncated-in-utf8.json", "truncated-page.json"})
            QCOMPARE(sync::scanNextLink(corpusFile(QLatin1String(name))), u"http://h/fhir/R4/Basic?_offset=2"_s);
    }

    // Elements of the wrong kind where strings are expected read as absent, as QJsonValue::toString()
    // reads them; the mapping refuses what it cannot show.
    void wrongTypesReadAsAbsent()
    {
        const sync::ScannedBundle bundle = sync::scanBundle(corpusFile(u"wrong-types.json"_s));
        QVERIFY2(bundle.ok(), qPrintable(bundle.error));
        QCOMPARE(bundle.total, -1); // "3"
        QCOMPARE(bundle.nextLink, QString()); // a number
        QCOMPARE(bundle.entries.size(), 3);
        QCOMPARE(bundle.entries.at(0).resource->id, QByteArray()); // an object
        QCOMPARE(bundle.entries.at(1).resource->versionId, QByteArray()); // a number
        QCOMPARE(bundle.entries.at(1).resource->ref, QByteArray()); // an array
        QCOMPARE(bundle.entries.at(2).resource->type, QByteArray()); // an array
        QCOMPARE(bundle.entries.at(2).fullUrl, QString()); // null

        const sync::ScannedBundle orgs = sync::scanBundle(corpusFile(u"wrong-types-organization.json"_s));
        QVERIFY2(orgs.ok(), qPrintable(orgs.error));
        const auto actor = fhir::actorSummaryFromFhir(orgs.entries.at(0).resource->json);
        QVERIFY(!actor.ok());
        QVERIFY(!actor.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMalformedPages)
#include "tst_malformedpages.moc"
