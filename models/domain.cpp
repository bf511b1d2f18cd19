#include "domain.h"

#include <QHash>

namespace hn::models {

const AffectedService *Absence::service(const QString &serviceType) const
{
    for (const AffectedService &s : services) {
        if (s.serviceType == serviceType)
            return &s;
    }
    return nullptr;
}

QStringList ServiceType::gpServices()
{
    return {QStringLiteral("e-konsultasjon"), QStringLiteral("e-kontakt"), QStringLiteral("timebestilling"),
        QStringLiteral("reseptfornyelse"), QStringLiteral("video"), QStringLiteral("journalkopi")};
}

QStringList ServiceType::municipalContacts()
{
    return {QStringLiteral("helsestasjon"), QStringLiteral("hjemmetjenester"), QStringLiteral("skolehelsetjeneste"),
        QStringLiteral("jordmor"), QStringLiteral("praktisk-bistand"), QStringLiteral("psykisk-helse"),
        QStringLiteral("smittevern"), QStringLiteral("vaksinasjon"), QStringLiteral("avlastning"),
        QStringLiteral("ergoterapi"), QStringLiteral("fysioterapi"), QStringLiteral("dagtilbud"),
        QStringLiteral("trygghetsalarm"), QStringLiteral("individuell-plan"), QStringLiteral("kreftkoordinator"),
        QStringLiteral("demens"), QStringLiteral("tannhelse"), QStringLiteral("stottekontakt"),
        QStringLiteral("hjelpemidler"), QStringLiteral("omsorgsbolig"), QStringLiteral("frisklivstilbud"),
        QStringLiteral("tt-kort"), QStringLiteral("bpa"), QStringLiteral("legevakt"), QStringLiteral("rus"),
        QStringLiteral("velferdsteknologi"), QStringLiteral("bestillerkontor")};
}

bool ServiceType::isGpService(const QString &code)
{
    return gpServices().contains(code);
}

bool ServiceType::isKnown(const QString &code)
{
    return isGpService(code) || municipalContacts().contains(code);
}

QString ServiceType::displayName(const QString &code)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("e-konsultasjon"), QT_TR_NOOP("E-consultation")},
        {QStringLiteral("e-kontakt"), QT_TR_NOOP("E-contact")},
        {QStringLiteral("timebestilling"), QT_TR_NOOP("Appointment booking")},
        {QStringLiteral("reseptfornyelse"), QT_TR_NOOP("Prescription renewal")},
        {QStringLiteral("video"), QT_TR_NOOP("Video consultation")},
        {QStringLiteral("journalkopi"), QT_TR_NOOP("Copy of medical record")},
        {QStringLiteral("helsestasjon"), QT_TR_NOOP("Health station and youth health station")},
        {QStringLiteral("hjemmetjenester"), QT_TR_NOOP("Home health services")},
        {QStringLiteral("skolehelsetjeneste"), QT_TR_NOOP("School health service")},
        {QStringLiteral("jordmor"), QT_TR_NOOP("Midwife service")},
        {QStringLiteral("praktisk-bistand"), QT_TR_NOOP("Practical assistance")},
        {QStringLiteral("psykisk-helse"), QT_TR_NOOP("Mental health")},
        {QStringLiteral("smittevern"), QT_TR_NOOP("Infection control")},
        {QStringLiteral("vaksinasjon"), QT_TR_NOOP("Vaccination")},
        {QStringLiteral("avlastning"), QT_TR_NOOP("Respite care and rehabilitation")},
        {QStringLiteral("ergoterapi"), QT_TR_NOOP("Occupational therapy")},
        {QStringLiteral("fysioterapi"), QT_TR_NOOP("Physiotherapy")},
        {QStringLiteral("dagtilbud"), QT_TR_NOOP("Activities and day centre")},
        {QStringLiteral("trygghetsalarm"), QT_TR_NOOP("Safety alarm")},
        {QStringLiteral("individuell-plan"), QT_TR_NOOP("Individual plan and coordinator")},
        {QStringLiteral("kreftkoordinator"), QT_TR_NOOP("Cancer coordinator")},
        {QStringLiteral("demens"), QT_TR_NOOP("Dementia and memory")},
        {QStringLiteral("tannhelse"), QT_TR_NOOP("Dental health")},
        {QStringLiteral("stottekontakt"), QT_TR_NOOP("Support contact")},
        {QStringLiteral("hjelpemidler"), QT_TR_NOOP("Assistive devices")},
        {QStringLiteral("omsorgsbolig"), QT_TR_NOOP("Sheltered housing")},
        {QStringLiteral("frisklivstilbud"), QT_TR_NOOP("Healthy life centre")},
        {QStringLiteral("tt-kort"), QT_TR_NOOP("Transport service card and parking")},
        {QStringLiteral("bpa"), QT_TR_NOOP("User-controlled personal assistance")},
        {QStringLiteral("legevakt"), QT_TR_NOOP("Emergency primary care")},
        {QStringLiteral("rus"), QT_TR_NOOP("Substance abuse")},
        {QStringLiteral("velferdsteknologi"), QT_TR_NOOP("Welfare technology")},
        {QStringLiteral("bestillerkontor"), QT_TR_NOOP("Service allocation office")},
    };
    const auto it = names.constFind(code);
    return it == names.cend() ? code : tr(it.value());
}

QString ServiceType::citizenName(const QString &code, const QString &language)
{
    struct Names
    {
        const char *nb, *nn, *en;
    };
    static const QHash<QString, Names> names = {
        {QStringLiteral("e-konsultasjon"), {"E-konsultasjon", "E-konsultasjon", "E-consultation"}},
        {QStringLiteral("e-kontakt"), {"E-kontakt", "E-kontakt", "E-contact"}},
        {QStringLiteral("timebestilling"), {"Timebestilling", "Timebestilling", "Appointment booking"}},
        {QStringLiteral("reseptfornyelse"), {"Reseptfornyelse", "Reseptfornying", "Prescription renewal"}},
        {QStringLiteral("video"), {"Videokonsultasjon", "Videokonsultasjon", "Video consultation"}},
        {QStringLiteral("journalkopi"), {"Journalkopi", "Journalkopi", "Copy of medical record"}},
    };
    const auto it = names.constFind(code);
    if (it == names.cend())
        return code;
    const char *name = language == QLatin1String("nn") ? it->nn : language == QLatin1String("en") ? it->en : it->nb;
    return QString::fromUtf8(name);
}

} // namespace hn::models
