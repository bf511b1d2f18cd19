#include "changetext.h"

#include "fhir/mapping.h"

#include <QLocale>

namespace hn::sync {

namespace {

QString day(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString period(const QDate &from, const QDate &to)
{
    return ChangeText::tr("%1 to %2").arg(day(from), day(to));
}

QString quoted(QString text, int max = 40)
{
    text = text.simplified();
    if (text.size() > max)
        text = text.left(max - 1).trimmed() + QChar(0x2026);
    return ChangeText::tr("\"%1\"").arg(text);
}

QString gpName(const store::Store *store, const QString &roleId)
{
    const auto role = store->resource(QStringLiteral("PractitionerRole"), roleId);
    const QString practitionerId = role ? fhir::practitionerRoleFromFhir(role->json).value().practitionerId : QString();
    if (const auto who
        = practitionerId.isEmpty() ? std::nullopt : store->resource(QStringLiteral("Practitioner"), practitionerId)) {
        if (const auto p = fhir::practitionerFromFhir(who->json); p && !p.value().displayName().isEmpty())
            return p.value().displayName();
    }
    return ChangeText::tr("a GP");
}

QString officeName(const store::Store *store, const QString &id)
{
    if (const auto office = store->resource(QStringLiteral("Organization"), id)) {
        if (const auto actor = fhir::actorFromFhir(office->json); actor && !actor.value().name.isEmpty())
            return actor.value().name;
    }
    return ChangeText::tr("an office");
}

QString serviceName(const store::Store *store, const QString &serviceId)
{
    if (const auto cached = store->resource(QStringLiteral("HealthcareService"), serviceId)) {
        if (const auto s = fhir::healthcareServiceFromFhir(cached->json); s && !s.value().serviceType.isEmpty())
            return models::ServiceType::displayName(s.value().serviceType);
    }
    return ChangeText::tr("a service");
}

QString modeText(models::AffectedService::Mode mode)
{
    return mode == models::AffectedService::Mode::Closed ? ChangeText::tr("closed") : ChangeText::tr("substitute");
}

QString servicesOf(const models::Absence &a)
{
    QStringList out;
    for (const models::AffectedService &s : a.services)
        out << ChangeText::tr("%1 %2").arg(models::ServiceType::displayName(s.serviceType), modeText(s.mode));
    return out.join(QStringLiteral(", "));
}

QString absenceText(const store::Store *store, const QJsonObject &before, const QJsonObject &after)
{
    const auto was = fhir::absenceFromFhir(before);
    const auto now = fhir::absenceFromFhir(after);
    if (!now && !was)
        return ChangeText::tr("absence");
    const models::Absence &a = now ? now.value() : was.value();
    const QString head = ChangeText::tr("absence of %1").arg(gpName(store, a.practitionerRoleId));
    if (!was || !now) { // created or deleted: what it is
        return a.services.isEmpty() ? ChangeText::tr("%1, %2").arg(head, period(a.from, a.to))
                                    : ChangeText::tr("%1, %2 (%3)").arg(head, period(a.from, a.to), servicesOf(a));
    }
    QStringList changes;
    if (was.value().from != a.from || was.value().to != a.to)
        changes << ChangeText::tr("%1 → %2").arg(period(was.value().from, was.value().to), period(a.from, a.to));
    else
        changes << period(a.from, a.to);
    const QString servicesBefore = servicesOf(was.value());
    const QString servicesNow = servicesOf(a);
    if (servicesBefore != servicesNow)
        changes << ChangeText::tr("services %1 → %2").arg(servicesBefore, servicesNow);
    else if (was.value().services != a.services)
        changes << ChangeText::tr("text for citizens changed");
    return ChangeText::tr("%1: %2").arg(head, changes.join(QStringLiteral("; ")));
}

QString infoText(const QJsonObject &before, const QJsonObject &after)
{
    const auto was = fhir::infoMessageFromFhir(before);
    const auto now = fhir::infoMessageFromFhir(after);
    if (!now && !was)
        return ChangeText::tr("info message");
    const models::InfoMessage &m = now ? now.value() : was.value();
    const QString head = ChangeText::tr("info message %1").arg(quoted(m.text));
    if (!was || !now)
        return ChangeText::tr("%1, shown %2").arg(head, period(m.validFrom, m.validTo));
    QStringList changes;
    if (was.value().text != m.text)
        changes << ChangeText::tr("text was %1").arg(quoted(was.value().text));
    if (was.value().validFrom != m.validFrom || was.value().validTo != m.validTo)
        changes << ChangeText::tr("shown %1 → %2")
                       .arg(period(was.value().validFrom, was.value().validTo), period(m.validFrom, m.validTo));
    else
        changes << ChangeText::tr("shown %1").arg(period(m.validFrom, m.validTo));
    return ChangeText::tr("%1: %2").arg(head, changes.join(QStringLiteral("; ")));
}

QString roleText(const store::Store *store, const QJsonObject &before, const QJsonObject &after)
{
    const auto was = fhir::practitionerRoleFromFhir(before);
    const auto now = fhir::practitionerRoleFromFhir(after);
    if (!now && !was)
        return ChangeText::tr("services of a GP");
    const models::PractitionerRole &r = now ? now.value() : was.value();
    const QString head = ChangeText::tr("services of %1").arg(gpName(store, r.id));
    if (!was || !now)
        return head;
    QStringList changes;
    for (const QString &id : r.healthcareServiceIds) {
        if (!was.value().healthcareServiceIds.contains(id))
            changes << ChangeText::tr("%1 on").arg(serviceName(store, id));
    }
    for (const QString &id : was.value().healthcareServiceIds) {
        if (!r.healthcareServiceIds.contains(id))
            changes << ChangeText::tr("%1 off").arg(serviceName(store, id));
    }
    return changes.isEmpty() ? head : ChangeText::tr("%1: %2").arg(head, changes.join(QStringLiteral(", ")));
}

QString serviceText(const store::Store *store, const QJsonObject &before, const QJsonObject &after)
{
    const auto was = fhir::healthcareServiceFromFhir(before);
    const auto now = fhir::healthcareServiceFromFhir(after);
    if (!now && !was)
        return ChangeText::tr("service");
    const models::HealthcareService &s = now ? now.value() : was.value();
    const QString head = ChangeText::tr("%1 at %2")
                             .arg(models::ServiceType::displayName(s.serviceType), officeName(store, s.providedById));
    if (!was || !now)
        return head;
    QStringList changes;
    if (was.value().comment != s.comment)
        changes << ChangeText::tr("text for citizens %1 → %2").arg(quoted(was.value().comment), quoted(s.comment));
    if (was.value().active != s.active)
        changes << (s.active ? ChangeText::tr("turned on") : ChangeText::tr("turned off"));
    return changes.isEmpty() ? head : ChangeText::tr("%1: %2").arg(head, changes.join(QStringLiteral("; ")));
}

QString officeText(const QJsonObject &before, const QJsonObject &after)
{
    const auto was = fhir::actorFromFhir(before);
    const auto now = fhir::actorFromFhir(after);
    if (!now && !was)
        return ChangeText::tr("actor");
    const models::Actor &a = now ? now.value() : was.value();
    const QString head = a.name.isEmpty() ? ChangeText::tr("actor") : a.name;
    if (!was || !now)
        return head;
    QStringList changes;
    if (was.value().name != a.name)
        changes << ChangeText::tr("name %1 → %2").arg(quoted(was.value().name), quoted(a.name));
    if (was.value().phone != a.phone)
        changes << ChangeText::tr("phone %1 → %2")
                       .arg(was.value().phone.isEmpty() ? ChangeText::tr("none") : was.value().phone,
                           a.phone.isEmpty() ? ChangeText::tr("none") : a.phone);
    return changes.isEmpty() ? head : ChangeText::tr("%1: %2").arg(head, changes.join(QStringLiteral("; ")));
}

} // namespace

QJsonObject ChangeText::before(const store::Store *store, const store::OutboxEntry &e)
{
    if (!e.baseJson.isEmpty())
        return e.baseJson;
    if (e.operation == store::Operation::Create)
        return {};
    const auto cached = store->resource(e.type, e.id);
    return cached ? cached->serverJson : QJsonObject();
}

QString ChangeText::describe(const store::Store *store, const store::OutboxEntry &e)
{
    const QJsonObject was = before(store, e);
    const QJsonObject now = e.operation == store::Operation::Delete ? QJsonObject() : e.body;
    if (e.type == QLatin1String("Basic")) {
        const QString code = fhir::basicCode(now.isEmpty() ? was : now);
        if (code == QLatin1String("absence"))
            return absenceText(store, was, now);
        if (code == QLatin1String("info-message"))
            return infoText(was, now);
    } else if (e.type == QLatin1String("PractitionerRole")) {
        return roleText(store, was, now);
    } else if (e.type == QLatin1String("HealthcareService")) {
        return serviceText(store, was, now);
    } else if (e.type == QLatin1String("Organization")) {
        return officeText(was, now);
    }
    return e.type;
}

QDate ChangeText::visibleFrom(const store::OutboxEntry &e, const QDate &today)
{
    if (e.type != QLatin1String("Basic") || e.operation == store::Operation::Delete)
        return {};
    QDate from;
    const QString code = fhir::basicCode(e.body);
    if (code == QLatin1String("absence"))
        from = fhir::absenceFromFhir(e.body).value().from;
    else if (code == QLatin1String("info-message"))
        from = fhir::infoMessageFromFhir(e.body).value().validFrom;
    return from.isValid() && from > today ? from : QDate();
}

} // namespace hn::sync
