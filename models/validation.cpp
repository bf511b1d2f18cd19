#include "validation.h"

#include <QRegularExpression>

namespace hn::models {

QString ValidationResult::messageFor(const QString &field) const
{
    for (const FieldError &e : errors) {
        if (e.field == field)
            return e.message;
    }
    return {};
}

namespace {

bool allDigits(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace

std::optional<QString> Validation::orgNumberError(const QString &value)
{
    const QString v = QString(value).remove(QLatin1Char(' '));
    if (v.isEmpty())
        return tr("Enter the organisation number.");
    if (!allDigits(v) || v.size() != 9)
        return tr("An organisation number has 9 digits.");
    static const int weights[] = {3, 2, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += v.at(i).digitValue() * weights[i];
    int check = 11 - sum % 11;
    if (check == 11)
        check = 0;
    if (check == 10 || check != v.at(8).digitValue())
        return tr("This is not a valid organisation number (the check digit does not match).");
    return std::nullopt;
}

std::optional<QString> Validation::hprNumberError(const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return tr("Enter the HPR number.");
    if (!allDigits(v) || v.size() > 9)
        return tr("An HPR number has up to 9 digits and nothing else.");
    return std::nullopt;
}

std::optional<QString> Validation::herIdError(const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return tr("Enter the HER-id.");
    if (!allDigits(v) || v.size() > 9)
        return tr("A HER-id has up to 9 digits and nothing else.");
    return std::nullopt;
}

QString Validation::normalisedPhone(const QString &value)
{
    QString v = value;
    v.remove(QLatin1Char(' '));
    if (v.startsWith(QLatin1String("+47")))
        v = v.mid(3);
    else if (v.startsWith(QLatin1String("0047")))
        v = v.mid(4);
    if (v.size() != 8)
        return value.trimmed();
    return QStringLiteral("+47 %1 %2 %3 %4").arg(v.mid(0, 2), v.mid(2, 2), v.mid(4, 2), v.mid(6, 2));
}

bool Validation::isMobilePhone(const QString &value)
{
    if (phoneError(value))
        return false;
    const QChar first = normalisedPhone(value).at(4); // "+47 9..."
    return first == QLatin1Char('4') || first == QLatin1Char('9');
}

std::optional<QString> Validation::phoneError(const QString &value)
{
    QString v = value;
    v.remove(QLatin1Char(' '));
    if (v.isEmpty())
        return tr("Enter a phone number.");
    if (v.startsWith(QLatin1String("+47")))
        v = v.mid(3);
    else if (v.startsWith(QLatin1String("0047")))
        v = v.mid(4);
    if (!v.isEmpty() && !allDigits(v))
        return tr("A phone number may only hold digits, spaces and +47.");
    if (v.size() != 8)
        return tr("A Norwegian phone number has 8 digits.");
    if (v.at(0) < QLatin1Char('2'))
        return tr("A Norwegian phone number starts with a digit from 2 to 9.");
    return std::nullopt;
}

ValidationResult Validation::validateActor(const Actor &actor)
{
    ValidationResult r;
    if (actor.name.trimmed().isEmpty())
        r.add(kName, tr("Enter the name."));
    if (const auto e = orgNumberError(actor.orgNumber))
        r.add(kOrgNumber, *e);
    if (!actor.herId.trimmed().isEmpty()) {
        if (const auto e = herIdError(actor.herId))
            r.add(kHerId, *e);
    }
    if (!actor.phone.trimmed().isEmpty()) {
        if (const auto e = phoneError(actor.phone))
            r.add(kPhone, *e);
    }
    return r;
}

ValidationResult Validation::validatePractitioner(const Practitioner &practitioner)
{
    ValidationResult r;
    if (practitioner.family.trimmed().isEmpty())
        r.add(kFamily, tr("Enter the GP's family name."));
    if (const auto e = hprNumberError(practitioner.hprNumber))
        r.add(kHprNumber, *e);
    return r;
}

QString Validation::languageName(const QString &code)
{
    if (code == QLatin1String("nn"))
        return tr("nynorsk");
    if (code == QLatin1String("en"))
        return tr("English");
    return tr("bokmål");
}

ValidationResult Validation::validateAbsence(const Absence &absence, const QList<Absence> &others, const QDate &today)
{
    ValidationResult r;
    if (!absence.from.isValid())
        r.add(kFrom, tr("Choose the first day of the absence."));
    if (!absence.to.isValid())
        r.add(kTo, tr("Choose the last day of the absence."));
    if (absence.from.isValid() && absence.to.isValid() && absence.to < absence.from)
        r.add(kTo, tr("The last day cannot be before the first day."));
    else if (absence.to.isValid() && absence.to < today)
        r.add(kTo, tr("The absence has already ended. Choose a last day from today on."));
    if (absence.services.isEmpty())
        r.add(kServices, tr("Choose at least one service that the absence affects."));
    QStringList seen;
    for (const AffectedService &s : absence.services) {
        if (!ServiceType::isGpService(s.serviceType))
            r.add(kServices,
                tr("%1 is not a GP service and cannot be part of an absence.")
                    .arg(ServiceType::displayName(s.serviceType)));
        else if (seen.contains(s.serviceType))
            r.add(kServices, tr("%1 is chosen more than once.").arg(ServiceType::displayName(s.serviceType)));
        seen << s.serviceType;
    }
    for (const AffectedService &s : absence.services) {
        if (s.mode != AffectedService::Mode::Closed)
            continue;
        const QString text = s.citizenText.trimmed();
        if (text.isEmpty())
            r.add(citizenTextField(s.serviceType),
                tr("Write the text citizens see while %1 is closed.").arg(ServiceType::displayName(s.serviceType)));
        else if (text.size() > kMaxCitizenText)
            r.add(citizenTextField(s.serviceType),
                tr("The text for citizens can be at most %1 characters (now %2).")
                    .arg(kMaxCitizenText)
                    .arg(text.size()));
        for (auto it = s.translations.begin(); it != s.translations.end(); ++it) {
            if (it.value().trimmed().size() > kMaxCitizenText
                && r.messageFor(citizenTextField(s.serviceType)).isEmpty())
                r.add(citizenTextField(s.serviceType),
                    tr("The %1 text for citizens can be at most %2 characters (now %3).")
                        .arg(languageName(it.key()))
                        .arg(kMaxCitizenText)
                        .arg(it.value().trimmed().size()));
        }
    }
    if (absence.from.isValid() && absence.to.isValid() && absence.from <= absence.to) {
        for (const Absence &other : others) {
            if (other.id == absence.id || other.practitionerRoleId != absence.practitionerRoleId)
                continue;
            if (other.to < absence.from || other.from > absence.to)
                continue;
            for (const AffectedService &s : absence.services) {
                if (other.service(s.serviceType)) {
                    r.add(kServices,
                        tr("%1 is already covered by another absence from %2 to %3.")
                            .arg(ServiceType::displayName(s.serviceType),
                                QLocale().toString(other.from, QLocale::ShortFormat),
                                QLocale().toString(other.to, QLocale::ShortFormat)));
                    break;
                }
            }
        }
    }
    return r;
}

ValidationResult Validation::validateInfoMessage(const InfoMessage &message, const QDate &today)
{
    ValidationResult r;
    const QString text = message.text.trimmed();
    if (text.isEmpty())
        r.add(kText, tr("Write the message."));
    else if (text.size() > kMaxInfoText)
        r.add(kText, tr("The message can be at most %1 characters (now %2).").arg(kMaxInfoText).arg(text.size()));
    if (!message.validFrom.isValid())
        r.add(kValidFrom, tr("Choose the first day the message is shown."));
    if (!message.validTo.isValid())
        r.add(kValidTo, tr("Choose the last day the message is shown."));
    if (message.validFrom.isValid() && message.validTo.isValid() && message.validTo < message.validFrom)
        r.add(kValidTo, tr("The last day cannot be before the first day."));
    else if (message.validTo.isValid() && message.validTo < today)
        r.add(kValidTo, tr("The message would never be shown: the last day has passed."));
    static const QStringList languages = {QStringLiteral("nb"), QStringLiteral("nn"), QStringLiteral("en")};
    if (!languages.contains(message.language))
        r.add(kLanguage, tr("Choose the language of the message: Norwegian Bokmål, Norwegian Nynorsk or English."));
    return r;
}

QString Validation::citizenDate(const QDate &date, const QString &language)
{
    static const char *nb[] = {"januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
        "oktober", "november", "desember"};
    static const char *en[] = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"};
    if (!date.isValid())
        return {};
    if (language == QLatin1String("en"))
        return QStringLiteral("%1 %2 %3")
            .arg(date.day())
            .arg(QString::fromLatin1(en[date.month() - 1]))
            .arg(date.year());
    // Bokmål and nynorsk write the months the same way.
    return QStringLiteral("%1. %2 %3").arg(date.day()).arg(QString::fromLatin1(nb[date.month() - 1])).arg(date.year());
}

QString Validation::defaultClosedText(const QString &serviceType, const QDate &lastDay, const QString &language)
{
    const QString name = ServiceType::citizenName(serviceType, language);
    const QString reopens = citizenDate(lastDay.addDays(1), language);
    if (language == QLatin1String("en"))
        return QStringLiteral("%1 is temporarily closed by your GP and opens again on %2.").arg(name, reopens);
    if (language == QLatin1String("nn"))
        return QStringLiteral("%1 er mellombels stengd av fastlegen din, og opnar igjen %2.").arg(name, reopens);
    return QStringLiteral("%1 er midlertidig stengt av fastlegen din, og åpner igjen %2.").arg(name, reopens);
}

} // namespace hn::models
