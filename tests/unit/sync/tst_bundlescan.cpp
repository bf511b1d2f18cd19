#include "store/store.h"
#include "sync/bundlescan.h"
#include "tst_bundlescan_pages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <algorithm>

using hn::store::ServerResource;
using hn::sync::scanBundle;
using hn::sync::ScannedEntry;
using namespace Qt::StringLiterals;

namespace {

QJsonObject objectOf(const QByteArray &text)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
}

// The resource of the page's first entry, as QJsonDocument reads it.
QJsonObject firstResourceViaQt(const QByteArray &page)
{
    return objectOf(page)
        .value(QLatin1String("entry"))
        .toArray()
        .at(0)
        .toObject()
        .value(QLatin1String("resource"))
        .toObject();
}

bool qtAccepts(const QByteArray &text)
{
    QJsonParseError error {};
    QJsonDocument::fromJson(text, &error);
    return error.error == QJsonParseError::NoError;
}

} // namespace

class TestBundleScan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheSearchPage()
    {
        const auto bundle = scanBundle(kSearchPage);
        QVERIFY2(bundle.ok(), qPrintable(bundle.error));
        QCOMPARE(bundle.type, QStringLiteral("searchset"));
        QCOMPARE(bundle.total, 1234);
        QCOMPARE(bundle.lastUpdated, QStringLiteral("2026-11-23T10:00:00.000Z"));
        QCOMPARE(bundle.nextLink, QStringLiteral("http://h/fhir/R4/PractitionerRole?_count=2&_offset=2"));
        QCOMPARE(bundle.entries.size(), 3);

        const auto &first = bundle.entries.at(0);
        QCOMPARE(first.fullUrl, QString()); // read only for entries without a resource
        QVERIFY(!first.outcome);
        QVERIFY(first.resource);
        const ServerResource &r = *first.resource;
        QCOMPARE(r.type, QByteArray("PractitionerRole"));
        QCOMPARE(r.id, QByteArray("r1"));
        QCOMPARE(r.versionId, QByteArray("3"));
        QCOMPARE(r.lastUpdated, QByteArray("2026-11-20T08:00:00.000Z"));
        // The bytes are exactly the server's, whitespace included, and not copied: they are the page's.
        QVERIFY(kSearchPage.contains(r.json));
        QVERIFY(r.json.startsWith("{\n        \"resourceType\""));
        QVERIFY(r.json.endsWith('}'));
        QVERIFY(r.json.constData() >= r.page.constData()
            && r.json.constData() + r.json.size() <= r.page.constData() + r.page.size());
        // Reading them gives what a full parse of the page gives.
        const QJsonObject viaQt = firstResourceViaQt(kSearchPage);
        QCOMPARE(objectOf(r.json), viaQt);
        // The reference the store indexes (PractitionerRole.organization), as it finds it in a QJsonObject.
        QCOMPARE(r.ref, QByteArray("Organization/o1"));
        QCOMPARE(r.ref, ServerResource::fromJson(viaQt).ref);
    }

    void resourcesKeepTheirPageAlive()
    {
        ServerResource kept;
        {
            const QByteArray page(kSearchPage.constData(), kSearchPage.size()); // an own copy, dropped below
            const auto bundle = scanBundle(page);
            QVERIFY(bundle.ok());
            kept = *bundle.entries.at(0).resource;
        }
        QCOMPARE(kept.id, QByteArray("r1"));
        QCOMPARE(kept.ref, QByteArray("Organization/o1"));
        QVERIFY(qtAccepts(kept.json));
        QCOMPARE(objectOf(kept.json).value(QLatin1String("id")).toString(), QStringLiteral("r1"));
    }

    void decodesEscapes()
    {
        const auto bundle = scanBundle(kSearchPage);
        QVERIFY(bundle.ok());
        const ServerResource &r = *bundle.entries.at(1).resource;
        QCOMPARE(QString::fromUtf8(r.id), QStringLiteral("øst/1"));
        QCOMPARE(r.versionId, QByteArray("1"));
        QCOMPARE(r.lastUpdated, QByteArray());
        QCOMPARE(objectOf(r.json).value(QLatin1String("name")).toString(),
            QString::fromUtf8("Trøndelag \xF0\x9F\x98\x80 legesenter"));
        QVERIFY(bundle.entries.at(2).outcome);
    }

    void readsAHistoryPage()
    {
        const QByteArray page = kHistoryPage;
        const auto bundle = scanBundle(page);
        QVERIFY2(bundle.ok(), qPrintable(bundle.error));
        QCOMPARE(bundle.type, QStringLiteral("history"));
        QCOMPARE(bundle.nextLink, QString());
        QCOMPARE(bundle.entries.size(), 2);
        QCOMPARE(bundle.entries.at(0).requestMethod, QStringLiteral("DELETE"));
        QCOMPARE(bundle.entries.at(0).fullUrl, QStringLiteral("http://h/fhir/R4/Basic/b1"));
        QCOMPARE(bundle.entries.at(0).requestUrl, QStringLiteral("Basic/b1"));
        QCOMPARE(bundle.entries.at(0).responseLastModified, QStringLiteral("2026-11-23T09:00:00Z"));
        QVERIFY(!bundle.entries.at(0).resource);
        QCOMPARE(bundle.entries.at(1).resource->id, QByteArray("b2"));
        QCOMPARE(bundle.entries.at(1).resource->ref, QByteArray("PractitionerRole/r1")); // Basic.subject
    }

    // A key given twice in a resource counts as QJsonDocument reads it, the last value, also where
    // that is no string or object (found by fuzzing: the first resourceType was taken).
    void aRepeatedKeyInAResourceIsReadAsQtReadsIt_data()
    {
        QTest::addColumn<QByteArray>("resource");
        const QByteArray role = R"("resourceType":"PractitionerRole","id":"r1",)"_ba;
        QTest::newRow("type, then an object") << role + R"("resourceType":{"reference":"Organization/o1"})"_ba;
        QTest::newRow("type twice") << role + R"("resourceType":"Basic")"_ba;
        QTest::newRow("id, then null") << role + R"("id":null)"_ba;
        QTest::newRow("id twice") << role + R"("id":"r2")"_ba;
        QTest::newRow("meta, then none") << role + R"("meta":{"versionId":"3"},"meta":{"tag":[]})"_ba;
        QTest::newRow("versionId, then a number") << role + R"("meta":{"versionId":"3","versionId":4})"_ba;
        QTest::newRow("meta, then a string") << role + R"("meta":{"lastUpdated":"2026-11-20T08:00:00Z"},"meta":"x")"_ba;
        QTest::newRow("reference, then none")
            << role + R"("organization":{"reference":"Organization/o1"},"organization":{"display":"x"})"_ba;
        QTest::newRow("reference, then an array")
            << role + R"("organization":{"reference":"Organization/o1"},"organization":[])"_ba;
        QTest::newRow("reference twice") << role
                + R"("organization":{"reference":"Organization/o1"},"organization":{"reference":"Organization/o2"})"_ba;
    }

    void aRepeatedKeyInAResourceIsReadAsQtReadsIt()
    {
        QFETCH(QByteArray, resource);
        const QByteArray page
            = R"({"resourceType":"Bundle","type":"searchset","entry":[{"resource":{)"_ba + resource + "}}]}";
        const auto bundle = scanBundle(page);
        QVERIFY2(bundle.ok(), qPrintable(bundle.error));
        const ServerResource &r = *bundle.entries.at(0).resource;
        const QJsonObject qt = firstResourceViaQt(page);
        QCOMPARE(QString::fromUtf8(r.type), qt.value(QLatin1String("resourceType")).toString());
        QCOMPARE(QString::fromUtf8(r.id), qt.value(QLatin1String("id")).toString());
        const QJsonObject meta = qt.value(QLatin1String("meta")).toObject();
        QCOMPARE(QString::fromUtf8(r.versionId), meta.value(QLatin1String("versionId")).toString());
        QCOMPARE(QString::fromUtf8(r.lastUpdated), meta.value(QLatin1String("lastUpdated")).toString());
        const QString reference
            = qt.value(QLatin1String("organization")).toObject().value(QLatin1String("reference")).toString();
        QCOMPARE(QString::fromUtf8(r.ref), r.type == "PractitionerRole" ? reference : QString());
    }

    void totalThatIsNotACountIsIgnored()
    {
        QCOMPARE(scanBundle(kTotalDecimal).total, -1);
        QCOMPARE(scanBundle(kTotalString).total, -1);
        QCOMPARE(scanBundle(kTotalNull).total, -1);
        QCOMPARE(scanBundle(kTotalNone).total, -1);
        QCOMPARE(scanBundle(kTotalZero).total, 0);
    }

    void refusesWhatIsNotABundle_data()
    {
        QTest::addColumn<QByteArray>("text");
        for (const auto &[name, text] : kNotBundles)
            QTest::newRow(name) << text;
        QTest::newRow("too deep") << QByteArray(R"({"resourceType":"Bundle","x":)") + QByteArray(2000, '[')
                + QByteArray(2000, ']') + QByteArray("}");
    }

    void refusesWhatIsNotABundle()
    {
        QFETCH(QByteArray, text);
        const auto bundle = scanBundle(text);
        QVERIFY(!bundle.ok());
        QVERIFY(bundle.entries.isEmpty());
    }

    // Every cut of a page is refused, without reading past the end.
    void refusesEveryTruncation()
    {
        for (qsizetype n = 0; n < kSearchPage.size() - 1; ++n) {
            const QByteArray cut = kSearchPage.left(n);
            const auto bundle = scanBundle(cut);
            QVERIFY2(!bundle.ok(), qPrintable(QStringLiteral("accepted %1 bytes").arg(n)));
        }
    }

    // Strings are passed eight plain ASCII bytes at a time: whatever needs a check (a control
    // character, an escape, the closing quote, UTF-8 good or bad) is seen at every position and
    // alignment. What JSON allows is read as Qt reads it; the rest is refused (Qt itself lets raw
    // control characters through; the scanner keeps to the JSON grammar).
    void stringsAreCheckedAtEveryPosition()
    {
        const QList<std::pair<QByteArray, bool>> specials = {{QByteArray("\x01"), false}, {QByteArray("\x1f"), false},
            {QByteArray("\x7f"), true}, {QByteArray("\\n"), true}, {QByteArray("\\\""), true},
            {QByteArray("\\\\"), true}, {QByteArray("\\u00e6"), true}, {QByteArray("\\uD83D\\uDE00"), true},
            {QByteArray("\\x"), false}, {QByteArray("\""), false}, {QByteArray("\xC3\xA6"), true},
            {QByteArray("\xE2\x82\xAC"), true}, {QByteArray("\xF0\x9F\x98\x80"), true}, {QByteArray("\x80"), false},
            {QByteArray("\xC3"), false}, {QByteArray("\xC0\xAF"), false}, {QByteArray("\xED\xA0\x80"), false},
            {QByteArray("\xF4\x90\x80\x80"), false}};
        const QByteArray plain("abcdefghijklmnopqrstuvwxyz012345");
        int checked = 0;
        for (const auto &[special, valid] : specials) {
            for (qsizetype at = 0; at <= 24; ++at) {
                for (qsizetype offset = 0; offset < 8; ++offset) { // where the string starts in the page
                    const QByteArray id = plain.left(at) + special + plain.mid(at);
                    const QByteArray text = QByteArray("{\"resourceType\":\"Bundle\",\"type\":\"searchset\",")
                        + QByteArray(offset, ' ')
                        + QByteArray("\"entry\":[{\"resource\":{\"resourceType\":\"Basic\",\"id\":\"") + id
                        + QByteArray("\"}}]}");
                    const auto bundle = scanBundle(text);
                    // Invalid: the page is refused, or (where the resource's end can still be
                    // found) the one resource is set aside.
                    const bool setAside = bundle.ok() && bundle.entries.size() == 1 && !bundle.entries.at(0).resource
                        && !bundle.entries.at(0).unreadable.isEmpty();
                    QVERIFY2(valid ? bundle.ok() && bundle.entries.at(0).resource : !bundle.ok() || setAside,
                        (id.toHex() + ' ' + bundle.error.toUtf8()).constData());
                    if (!valid)
                        continue;
                    QVERIFY(qtAccepts(text));
                    QCOMPARE(QString::fromUtf8(bundle.entries.at(0).resource->id),
                        firstResourceViaQt(text).value(QLatin1String("id")).toString());
                    ++checked;
                }
            }
        }
        QCOMPARE(checked, 9 * 25 * 8); // the valid ones
    }

    // One resource that cannot be read (the report's: nested 511 deep, a lone surrogate escape in a
    // key, a number past a double; and a control character) is set aside with its type, id and
    // why; the resources around it are read as ever.
    void anUnreadableResourceIsSetAsideNotThePage_data()
    {
        QTest::addColumn<QByteArray>("bad");
        QTest::addColumn<QString>("why");
        QTest::newRow("nested 511 deep") << QByteArray(R"("extension":)") + QByteArray(511, '[') + QByteArray(511, ']')
                                         << u"nested too deeply"_s;
        QTest::newRow("lone surrogate in a key") << QByteArray(R"("\ud800":1)") << u"escape"_s;
        QTest::newRow("number past a double") << QByteArray(R"("n":1e400)") << u"out of range"_s;
        QTest::newRow("control character") << QByteArray("\"text\":\"a\x01b\"") << u"control"_s;
    }
    void anUnreadableResourceIsSetAsideNotThePage()
    {
        QFETCH(QByteArray, bad);
        QFETCH(QString, why);
        const QByteArray text
            = R"({"resourceType":"Bundle","type":"searchset","entry":[)"
              R"({"fullUrl":"http://x/fhir/R4/Basic/a","resource":{"resourceType":"Basic","id":"a"}},)"
              R"({"fullUrl":"http://x/fhir/R4/Basic/b","resource":{"resourceType":"Basic","id":"b",)"
            + bad
            + R"(}},{"resource":{"resourceType":"Basic","id":"c"}}],"link":[{"relation":"next","url":"http://x/n"}]})";
        const auto bundle = scanBundle(text);
        QVERIFY2(bundle.ok(), qPrintable(bundle.error));
        QCOMPARE(bundle.entries.size(), 3);
        QCOMPARE(QString::fromUtf8(bundle.entries.at(0).resource->id), u"a"_s);
        QVERIFY(!bundle.entries.at(1).resource);
        QVERIFY2(bundle.entries.at(1).unreadable.contains(why), qPrintable(bundle.entries.at(1).unreadable));
        QCOMPARE(bundle.entries.at(1).unreadableType, u"Basic"_s);
        QCOMPARE(bundle.entries.at(1).unreadableId, u"b"_s);
        QCOMPARE(QString::fromUtf8(bundle.entries.at(2).resource->id), u"c"_s);
        QCOMPARE(bundle.nextLink, u"http://x/n"_s);
        // Broken past the resource's end (the text ends inside it): the page is refused.
        QVERIFY(!scanBundle(text.left(text.indexOf("\"id\":\"c\"") - 40)).ok());
    }

    // Random damage: whatever the scanner accepts, Qt's parser reads too, and to the same resources;
    // a page Qt refuses is accepted only with the damaged resource set aside.
    void neverAcceptsWhatQtRefuses()
    {
        QRandomGenerator random(20261123);
        const QByteArray alphabet = QByteArrayLiteral("{}[]\":,\\ 0123456789-+.eEtrufalsn\x01\x80\xC3\xFF");
        int accepted = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray text = kSearchPage;
            const int edits = 1 + int(random.bounded(3));
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = qsizetype(random.bounded(int(text.size())));
                const char c = alphabet.at(qsizetype(random.bounded(int(alphabet.size()))));
                switch (random.bounded(3)) {
                case 0: text[at] = c; break;
                case 1: text.insert(at, c); break;
                default: text.remove(at, 1); break;
                }
            }
            const auto bundle = scanBundle(text);
            if (!bundle.ok())
                continue;
            ++accepted;
            const bool setAside = std::any_of(bundle.entries.cbegin(), bundle.entries.cend(),
                [](const ScannedEntry &e) { return !e.unreadable.isEmpty(); });
            QVERIFY2(qtAccepts(text) || setAside, text.constData());
            const QJsonArray entries = objectOf(text).value(QLatin1String("entry")).toArray();
            for (const auto &entry : bundle.entries) {
                if (entry.resource)
                    QVERIFY(qtAccepts(entry.resource->json));
            }
            if (qtAccepts(text))
                QVERIFY(bundle.entries.size() <= entries.size());
        }
        QVERIFY(accepted > 0); // some damage lands in whitespace or string content
    }
};

QTEST_GUILESS_MAIN(TestBundleScan)
#include "tst_bundlescan.moc"
