#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Domain value types. Each keeps `source`, the server's resource it was read from, so the FHIR
// mapping can write elements it does not know back untouched. No SQL, no network, no widgets.
namespace hn::models {

enum class ActorKind { GpOffice, Municipality, MunicipalUnit, TherapistPractice, Nhn, Other };

struct Actor
{
    QString id;
    ActorKind kind = ActorKind::Other;
    QString name;
    QString orgNumber;
    QString herId;
    QString municipalityNumber; // a municipality's own number (kommunenummer)
    // Where the actor is (a GP office's municipality), from its address: the number and the name.
    QString addressMunicipalityNumber;
    QString addressMunicipalityName;
    QString partOfId;
    QString phone;
    bool active = true;
    bool hasVideoAgreement = false;
    QJsonObject source;
    bool operator==(const Actor &o) const = default;
};

struct Practitioner
{
    QString id;
    QString given;
    QString family;
    QString hprNumber;
    bool active = true;
    QJsonObject source;
    QString displayName() const { return (given + QLatin1Char(' ') + family).trimmed(); }
    bool operator==(const Practitioner &o) const = default;
};

struct PractitionerRole
{
    QString id;
    QString practitionerId;
    QString organizationId;
    QStringList healthcareServiceIds; // the office services this GP offers
    bool active = true;
    QJsonObject source;
    bool operator==(const PractitionerRole &o) const = default;
};

struct HealthcareService
{
    QString id;
    QString providedById;
    QString serviceType; // a code of ServiceType
    QString program; // ddfl, digihelse, digihelsestasjon
    QString name;
    bool active = true;
    QString comment; // the office's own text to citizens about the service
    QJsonObject source;
    bool operator==(const HealthcareService &o) const = default;
};

struct AffectedService
{
    enum class Mode { Closed, Substitute };
    QString serviceType;
    Mode mode = Mode::Closed;
    QString citizenText; // in bokmål, Helsenorge's default language; required when closed
    QMap<QString, QString> translations {}; // the same text in nn and en, where the office wrote one
    // The text a citizen reading `language` sees: its translation, else the bokmål text.
    QString citizenTextIn(const QString &language) const
    {
        const QString translated = translations.value(language);
        return translated.isEmpty() ? citizenText : translated;
    }
    // Whether a citizen reading `language` gets the bokmål text for want of their own.
    bool fallsBackIn(const QString &language) const
    {
        return language != QLatin1String("nb") && translations.value(language).isEmpty() && !citizenText.isEmpty();
    }
    bool operator==(const AffectedService &o) const = default;
};

// An absence (fravær) of a GP; from and to are both inclusive.
struct Absence
{
    QString id;
    QString practitionerRoleId;
    QDate from;
    QDate to;
    QList<AffectedService> services;
    QDate created;
    QJsonObject source;
    bool covers(const QDate &day) const { return from.isValid() && to.isValid() && day >= from && day <= to; }
    const AffectedService *service(const QString &serviceType) const;
    bool operator==(const Absence &o) const = default;
};

// "Informasjon fra legekontoret": a text shown to citizens during its validity period.
struct InfoMessage
{
    QString id;
    QString subjectReference; // "Organization/<id>" or "PractitionerRole/<id>"
    QString text;
    QDate validFrom;
    QDate validTo;
    QString language = QStringLiteral("nb");
    QJsonObject source;
    bool validOn(const QDate &day) const { return day >= validFrom && day <= validTo; }
    // The text on one line, cut at `max` characters with an ellipsis.
    QString excerpt(int max) const
    {
        const QString line = text.simplified();
        return line.size() > max ? line.left(max - 1) + QChar(0x2026) : line;
    }
    // Whether citizens see this message and `other` on some day (both of one office's pages).
    bool overlaps(const InfoMessage &other) const
    {
        return other.id != id && validFrom <= other.validTo && other.validFrom <= validTo;
    }
    bool operator==(const InfoMessage &o) const = default;
};

// The service types of our code system.
class ServiceType
{
    Q_DECLARE_TR_FUNCTIONS(hn::models::ServiceType)
public:
    static QStringList gpServices(); // in display order
    static QStringList municipalContacts();
    static bool isGpService(const QString &code);
    static bool isKnown(const QString &code);
    static QString displayName(const QString &code); // in the user's language (tr)
    // The service name in a citizen's language (nb, nn, en), for texts shown on Helsenorge.
    static QString citizenName(const QString &code, const QString &language);
};

} // namespace hn::models

Q_DECLARE_METATYPE(hn::models::Actor)
Q_DECLARE_METATYPE(hn::models::Absence)
Q_DECLARE_METATYPE(hn::models::InfoMessage)
