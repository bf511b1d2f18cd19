#include "fhir/mapping.h"
#include "sync/merge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using hn::sync::merge3;

namespace {

QJsonObject json(const char *text)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    Q_ASSERT(error.error == QJsonParseError::NoError);
    return doc.object();
}

QJsonObject absence(const char *start, const char *end, const char *mode, const char *text, const char *version = "1")
{
    return json(QStringLiteral(R"({"resourceType":"Basic","id":"a1","meta":{"versionId":"%1"},
        "code":{"coding":[{"system":"urn:hnadmin:fhir:CodeSystem/basic-code","code":"absence"}]},
        "subject":{"reference":"PractitionerRole/r1"},
        "extension":[{"url":"urn:hnadmin:fhir:StructureDefinition/period","valuePeriod":{"start":"%2","end":"%3"}},
          {"url":"urn:hnadmin:fhir:StructureDefinition/absence-service","extension":[
            {"url":"service","valueCoding":{"code":"e-konsultasjon"}},{"url":"mode","valueCode":"%4"},
            {"url":"citizenText","valueString":"%5"}]}]})")
                    .arg(QLatin1String(version), QLatin1String(start), QLatin1String(end), QLatin1String(mode),
                        QLatin1String(text))
                    .toUtf8()
                    .constData());
}

} // namespace

class TestMerge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void differentTopLevelFieldsMerge()
    {
        const QJsonObject base = json(R"({"resourceType":"Organization","id":"o","name":"A","active":true})");
        const QJsonObject mine = json(R"({"resourceType":"Organization","id":"o","name":"B","active":true})");
        const QJsonObject theirs
            = json(R"({"resourceType":"Organization","id":"o","name":"A","active":false,"meta":{"versionId":"2"}})");
        const auto r = merge3(base, mine, theirs);
        QVERIFY(r.clean);
        QVERIFY(!r.mineAlreadyApplied);
        QCOMPARE(r.merged.value(QLatin1String("name")).toString(), QStringLiteral("B"));
        QCOMPARE(r.merged.value(QLatin1String("active")).toBool(), false);
        QCOMPARE(r.merged.value(QLatin1String("meta")).toObject().value(QLatin1String("versionId")).toString(),
            QStringLiteral("2"));
    }

    // A text's translations are told apart by language, not by place: they side with nothing else
    // when another client writes them in another order.
    void translationsMergeByLanguage()
    {
        const auto text = [](const QString &nn, const QString &en, bool enFirst) {
            const auto translation = [](const QString &lang, const QString &content) {
                return QJsonObject {{QStringLiteral("url"), hn::fhir::kTranslationExtension},
                    {QStringLiteral("extension"),
                        QJsonArray {QJsonObject {{QStringLiteral("url"), QStringLiteral("lang")},
                                        {QStringLiteral("valueCode"), lang}},
                            QJsonObject {{QStringLiteral("url"), QStringLiteral("content")},
                                {QStringLiteral("valueString"), content}}}}};
            };
            const QJsonArray translations = enFirst
                ? QJsonArray {translation(QStringLiteral("en"), en), translation(QStringLiteral("nn"), nn)}
                : QJsonArray {translation(QStringLiteral("nn"), nn), translation(QStringLiteral("en"), en)};
            return QJsonObject {{QStringLiteral("resourceType"), QStringLiteral("Basic")},
                {QStringLiteral("id"), QStringLiteral("a1")},
                {QStringLiteral("extension"),
                    QJsonArray {QJsonObject {{QStringLiteral("url"), QStringLiteral("urn:x:text")},
                        {QStringLiteral("valueString"), QStringLiteral("Stengt")},
                        {QStringLiteral("_valueString"), QJsonObject {{QStringLiteral("extension"), translations}}}}}}};
        };
        const QJsonObject base = text(QStringLiteral("Stengd"), QStringLiteral("Closed"), false);
        const QJsonObject mine = text(QStringLiteral("Stengd i ferien"), QStringLiteral("Closed"), false);
        const QJsonObject theirs = text(QStringLiteral("Stengd"), QStringLiteral("Closed for the holidays"), true);
        const auto r = merge3(base, mine, theirs);
        QVERIFY2(r.clean, qPrintable(r.conflicts.join(QLatin1Char(' '))));
        const QByteArray merged = QJsonDocument(r.merged).toJson(QJsonDocument::Compact);
        QVERIFY2(merged.contains("Stengd i ferien") && merged.contains("Closed for the holidays"), merged.constData());
    }

    void differentExtensionsOfOneAbsenceMerge()
    {
        // I change the period, they change the citizen text: both survive.
        const QJsonObject base = absence("2026-12-01", "2026-12-10", "closed", "Stengt");
        const QJsonObject mine = absence("2026-12-01", "2026-12-14", "closed", "Stengt");
        const QJsonObject theirs = absence("2026-12-01", "2026-12-10", "closed", "Stengt til jul", "2");
        const auto r = merge3(base, mine, theirs);
        QVERIFY2(r.clean, qPrintable(r.conflicts.join(u',')));
        const QJsonObject expected = absence("2026-12-01", "2026-12-14", "closed", "Stengt til jul", "2");
        QCOMPARE(r.merged, expected);
    }

    void sameFieldDifferentValuesConflict()
    {
        const QJsonObject base = absence("2026-12-01", "2026-12-10", "closed", "Stengt");
        const QJsonObject mine = absence("2026-12-01", "2026-12-14", "closed", "Stengt");
        const QJsonObject theirs = absence("2026-12-01", "2026-12-12", "closed", "Stengt", "2");
        const auto r = merge3(base, mine, theirs);
        QVERIFY(!r.clean);
        QCOMPARE(r.conflicts.size(), 1);
        QVERIFY2(r.conflicts.first().contains(QLatin1String("period")), qPrintable(r.conflicts.first()));
        QVERIFY(r.conflicts.first().endsWith(QLatin1String("valuePeriod.end")));

        // Resolved field by field: mine wins where chosen.
        const auto keepMine = merge3(base, mine, theirs, {r.conflicts.first()});
        QVERIFY(keepMine.clean);
        QCOMPARE(keepMine.merged, absence("2026-12-01", "2026-12-14", "closed", "Stengt", "2"));
    }

    void sameChangeOnBothSidesIsAlreadyApplied()
    {
        // A retried update whose first attempt reached the server.
        const QJsonObject base = absence("2026-12-01", "2026-12-10", "closed", "Stengt");
        const QJsonObject mine = absence("2026-12-01", "2026-12-14", "closed", "Stengt");
        const QJsonObject theirs = absence("2026-12-01", "2026-12-14", "closed", "Stengt", "2");
        const auto r = merge3(base, mine, theirs);
        QVERIFY(r.clean);
        QVERIFY(r.mineAlreadyApplied);
    }

    void removalsAndAdditions()
    {
        const QJsonObject base = json(R"({"resourceType":"HealthcareService","id":"s","comment":"x","active":true})");
        const QJsonObject mine = json(R"({"resourceType":"HealthcareService","id":"s","active":true})");
        const QJsonObject theirs
            = json(R"({"resourceType":"HealthcareService","id":"s","comment":"x","active":true,"name":"n"})");
        const auto r = merge3(base, mine, theirs);
        QVERIFY(r.clean);
        QVERIFY(!r.merged.contains(QLatin1String("comment")));
        QCOMPARE(r.merged.value(QLatin1String("name")).toString(), QStringLiteral("n"));
    }

    void unknownElementsFromTheServerSurvive()
    {
        const QJsonObject base = json(R"({"resourceType":"Organization","id":"o","name":"A"})");
        const QJsonObject mine = json(R"({"resourceType":"Organization","id":"o","name":"B"})");
        const QJsonObject theirs
            = json(R"({"resourceType":"Organization","id":"o","name":"A","x-unknown":{"deep":[1,2]}})");
        const auto r = merge3(base, mine, theirs);
        QVERIFY(r.clean);
        QCOMPARE(r.merged.value(QLatin1String("x-unknown")), theirs.value(QLatin1String("x-unknown")));
    }

    void flattenShowsFields()
    {
        const auto fields = hn::sync::flatten(absence("2026-12-01", "2026-12-10", "closed", "Stengt"));
        bool sawEnd = false;
        for (const auto &[path, value] : fields) {
            if (path.endsWith(QLatin1String("valuePeriod.end")))
                sawEnd = value == QLatin1String("2026-12-10");
            QVERIFY(!path.startsWith(QLatin1String("meta")));
        }
        QVERIFY(sawEnd);
    }
};

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
