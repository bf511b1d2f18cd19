#pragma once

#include "domain.h"

#include <QCoreApplication>

namespace hn::models {

// One refused field, with a message in the user's language.
struct FieldError
{
    QString field;
    QString message;
    bool operator==(const FieldError &o) const = default;
};

struct ValidationResult
{
    QList<FieldError> errors;
    bool ok() const { return errors.isEmpty(); }
    QString messageFor(const QString &field) const;
    void add(const QString &field, const QString &message) { errors.append({field, message}); }
};

// Validation rules. They never read the clock: "today" is a parameter.
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(hn::models::Validation)
public:
    static constexpr int kMaxCitizenText = 500;
    static constexpr int kMaxInfoText = 1000;

    // Field names used in results.
    static inline const QString kFrom = QStringLiteral("from");
    static inline const QString kTo = QStringLiteral("to");
    static inline const QString kServices = QStringLiteral("services");
    static QString citizenTextField(const QString &serviceType) { return QStringLiteral("citizenText:") + serviceType; }
    // A citizen language (nb, nn, en) named in the user's language, in lower case where the language
    // writes it so ("nynorsk", "English").
    static QString languageName(const QString &code);
    static inline const QString kText = QStringLiteral("text");
    static inline const QString kValidFrom = QStringLiteral("validFrom");
    static inline const QString kValidTo = QStringLiteral("validTo");
    static inline const QString kLanguage = QStringLiteral("language");
    static inline const QString kName = QStringLiteral("name");
    static inline const QString kOrgNumber = QStringLiteral("orgNumber");
    static inline const QString kHerId = QStringLiteral("herId");
    static inline const QString kPhone = QStringLiteral("phone");
    static inline const QString kFamily = QStringLiteral("family");
    static inline const QString kHprNumber = QStringLiteral("hprNumber");

    // Organisation number: 9 digits with a modulus-11 check digit (weights 3 2 7 6 5 4 3 2).
    static std::optional<QString> orgNumberError(const QString &value);
    static bool isValidOrgNumber(const QString &value) { return !orgNumberError(value); }
    // HPR number: 1 to 9 digits.
    static std::optional<QString> hprNumberError(const QString &value);
    // HER-id: 1 to 9 digits.
    static std::optional<QString> herIdError(const QString &value);
    // Norwegian phone number: 8 digits (spaces allowed), optionally after +47 or 0047; the first digit
    // is 2 to 9.
    static std::optional<QString> phoneError(const QString &value);
    static QString normalisedPhone(const QString &value); // "+47 22 33 44 55"
    // A valid Norwegian mobile number (it starts with 4 or 9).
    static bool isMobilePhone(const QString &value);

    // An actor: a name, a valid organisation number; HER-id and phone are optional but must be valid
    // when given.
    static ValidationResult validateActor(const Actor &actor);
    // A GP: a family name and a valid HPR number.
    static ValidationResult validatePractitioner(const Practitioner &practitioner);

    // An absence: from <= to (both inclusive), not ended before today, at least one GP service, each
    // at most once, no overlap with another absence of the same GP (PractitionerRole) for the same
    // service (an absence with the same id is the one being edited and is skipped), a citizen text
    // (1..500 characters after trimming) for closed services.
    static ValidationResult validateAbsence(
        const Absence &absence, const QList<Absence> &otherAbsences, const QDate &today);
    // An info message: text 1..1000 characters (after trimming), validFrom <= validTo, not ended
    // before today, language nb, nn or en.
    static ValidationResult validateInfoMessage(const InfoMessage &message, const QDate &today);

    // The default citizen text for a service closed by an absence (seed 002), in the citizen's
    // language: "E-konsultasjon er midlertidig stengt av fastlegen din, og åpner igjen 25. april 2024."
    static QString defaultClosedText(
        const QString &serviceType, const QDate &lastDayOfAbsence, const QString &language);
    // A long date in a citizen's language ("25. april 2024", "25 April 2024").
    static QString citizenDate(const QDate &date, const QString &language);
};

} // namespace hn::models
