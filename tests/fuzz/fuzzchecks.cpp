#include "fuzzchecks.h"

#include "fhir/mapping.h"
#include "sync/bundlescan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hn::fuzz {

namespace {

bool qtObject(const QByteArray &text, QJsonObject *out = nullptr)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    if (out)
        *out = doc.object();
    return true;
}

// Whether a read, written back and read again, gives the same (its source aside).
template<typename T, typename Read>
QString roundTrip(const char *what, const QJsonObject &resource, Read read)
{
    auto first = read(resource);
    if (!first.ok())
        return {};
    T a = first.takeValue();
    auto second = read(fhir::toFhir(a));
    if (!second.ok())
        return QStringLiteral("%1: what was written back is not read: %2").arg(QLatin1String(what), second.error());
    T b = second.takeValue();
    a.source = QJsonObject();
    b.source = QJsonObject();
    if (!(a == b))
        return QStringLiteral("%1: written back and read again, it differs").arg(QLatin1String(what));
    return {};
}

} // namespace

QString checkPage(const QByteArray &text)
{
    const sync::ScannedBundle bundle = sync::scanBundle(text);
    const qint64 total = sync::scanTotal(text);
    (void)sync::scanNextLink(text);
    if (!bundle.ok())
        return {}; // refusing a page is always allowed (the sync tries again later)
    const bool setAside = bundle.unreadableSeen;
    QJsonObject page;
    if (!qtObject(text, &page)) {
        if (!setAside)
            return QStringLiteral("the scanner accepted a page that QJsonDocument refuses (%1 entries, none set aside)")
                .arg(bundle.entries.size());
    }
    for (const sync::ScannedEntry &entry : bundle.entries) {
        if (!entry.resource)
            continue;
        QJsonObject resource;
        if (!qtObject(entry.resource->json, &resource))
            return QStringLiteral("a resource's bytes are not a JSON object to QJsonDocument");
        if (resource.value(QLatin1String("id")).toString() != QString::fromUtf8(entry.resource->id)
            || resource.value(QLatin1String("resourceType")).toString() != QString::fromUtf8(entry.resource->type))
            return QStringLiteral("a resource's id or type differs from QJsonDocument's reading");
    }
    if (page.isEmpty() || setAside)
        return {};
    // The whole page, as QJsonDocument reads it.
    if (page.value(QLatin1String("resourceType")).toString() != QLatin1String("Bundle"))
        return QStringLiteral("the scanner accepted something that is not a Bundle");
    QJsonArray entries;
    for (const QJsonValue &e : page.value(QLatin1String("entry")).toArray()) {
        if (e.isObject())
            entries.append(e);
    }
    if (!page.value(QLatin1String("entry")).isArray())
        entries = QJsonArray();
    if (entries.size() != bundle.entries.size())
        return QStringLiteral("%1 entries, QJsonDocument reads %2").arg(bundle.entries.size()).arg(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonValue resource = entries.at(i).toObject().value(QLatin1String("resource"));
        if (resource.isObject() != bundle.entries.at(i).resource.has_value())
            return QStringLiteral("entry %1: a resource where QJsonDocument reads none, or the reverse").arg(i);
        if (resource.isObject()
            && resource.toObject().value(QLatin1String("id")).toString()
                != QString::fromUtf8(bundle.entries.at(i).resource->id))
            return QStringLiteral("entry %1: another id than QJsonDocument's").arg(i);
    }
    const QJsonValue qtTotal = page.value(QLatin1String("total"));
    const qint64 expectedTotal = qtTotal.isDouble() && qtTotal.toDouble() >= 0
            && qtTotal.toDouble() == double(qint64(qtTotal.toDouble())) && qtTotal.toDouble() < 9e15
        ? qint64(qtTotal.toDouble())
        : -1;
    // (A total the scanner does not take as a whole number, such as 5.0, leaves the bar indeterminate.)
    if (total != bundle.total || (bundle.total >= 0 && bundle.total != expectedTotal))
        return QStringLiteral("total %1 (and %2), QJsonDocument reads %3")
            .arg(bundle.total)
            .arg(total)
            .arg(expectedTotal);
    QString next;
    for (const QJsonValue &link : page.value(QLatin1String("link")).toArray()) {
        const QJsonObject l = link.toObject();
        if (link.isObject() && l.value(QLatin1String("relation")).toString() == QLatin1String("next"))
            next = l.value(QLatin1String("url")).toString();
    }
    if (next != bundle.nextLink)
        return QStringLiteral("next link '%1', QJsonDocument reads '%2'").arg(bundle.nextLink, next);
    return {};
}

QString checkMapping(const QByteArray &text)
{
    const auto summary = fhir::actorSummaryFromFhir(text);
    QJsonObject resource;
    if (!qtObject(text, &resource))
        return summary.ok() ? QStringLiteral("a summary from text QJsonDocument refuses") : QString();
    const auto full = fhir::actorFromFhir(resource);
    if (summary.ok() != full.ok())
        return QStringLiteral("the summary and the full reading disagree on whether it is an actor");
    if (full.ok()) {
        models::Actor expected = full.value();
        expected.source = QJsonObject();
        if (!(summary.value() == expected))
            return QStringLiteral("the summary differs from the full reading");
    }
    (void)fhir::basicCode(resource);
    for (const QString &problem : {roundTrip<models::Actor>("Organization", resource, fhir::actorFromFhir),
             roundTrip<models::Practitioner>("Practitioner", resource, fhir::practitionerFromFhir),
             roundTrip<models::PractitionerRole>("PractitionerRole", resource, fhir::practitionerRoleFromFhir),
             roundTrip<models::HealthcareService>("HealthcareService", resource, fhir::healthcareServiceFromFhir),
             roundTrip<models::Absence>("absence", resource, fhir::absenceFromFhir),
             roundTrip<models::InfoMessage>("info message", resource, fhir::infoMessageFromFhir)}) {
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

} // namespace hn::fuzz
