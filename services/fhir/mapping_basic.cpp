#include "mapping_p.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <optional>
#include <utility>

namespace hn::fhir {

using namespace hn::models;
using namespace hn::fhir::detail;

// ---------------------------------------------------------------- Basic: absence

namespace {

// "nn", "nn-NO", "EN-gb" -> "nn", "nn", "en": the languages a text is translated into; "" for others.
QString translationLanguage(const QString &code)
{
    const QString primary = code.section(QLatin1Char('-'), 0, 0).toLower();
    return primary == QLatin1String("nn") || primary == QLatin1String("en") ? primary : QString();
}

// A text's translations, as FHIR's translation extension carries them on the string's "_value"
// element: {"extension":[{"url":".../translation","extension":[{"url":"lang","valueCode":"nn"},
// {"url":"content","valueString":"..."}]}]}. Only nn and en are read ("nn-NO" is nn); the first of
// a language counts.
QMap<QString, QString> readTranslations(const QJsonValue &element)
{
    QMap<QString, QString> out;
    for (const QJsonValue &value : element.toObject().value(QLatin1String("extension")).toArray()) {
        const QJsonObject ext = value.toObject();
        if (str(ext, "url") != kTranslationExtension)
            continue;
        QString lang, content;
        for (const QJsonValue &part : ext.value(QLatin1String("extension")).toArray()) {
            if (str(part.toObject(), "url") == QLatin1String("lang"))
                lang = translationLanguage(str(part.toObject(), "valueCode"));
            else if (str(part.toObject(), "url") == QLatin1String("content"))
                content = str(part.toObject(), "valueString");
        }
        if (!lang.isEmpty() && !content.isEmpty() && !out.contains(lang))
            out.insert(lang, content);
    }
    return out;
}

// Sets the nn and en translations of the string element `holder` holds under "valueString";
// translations into other languages, and other extensions of the element, stay.
void writeTranslations(QJsonObject &holder, const QMap<QString, QString> &translations)
{
    QJsonObject element = holder.value(QLatin1String("_valueString")).toObject();
    QJsonArray exts = element.value(QLatin1String("extension")).toArray();
    for (int i = int(exts.size()) - 1; i >= 0; --i) {
        const QJsonObject ext = exts.at(i).toObject();
        if (str(ext, "url") != kTranslationExtension)
            continue;
        for (const QJsonValue &part : ext.value(QLatin1String("extension")).toArray()) {
            if (str(part.toObject(), "url") == QLatin1String("lang")
                && !translationLanguage(str(part.toObject(), "valueCode")).isEmpty())
                exts.removeAt(i);
        }
    }
    for (auto it = translations.begin(); it != translations.end(); ++it) {
        if (translationLanguage(it.key()).isEmpty() || it.value().isEmpty())
            continue;
        exts.append(QJsonObject {{QStringLiteral("url"), kTranslationExtension},
            {QStringLiteral("extension"),
                QJsonArray {QJsonObject {{QStringLiteral("url"), QStringLiteral("lang")},
                                {QStringLiteral("valueCode"), it.key()}},
                    QJsonObject {{QStringLiteral("url"), QStringLiteral("content")},
                        {QStringLiteral("valueString"), it.value()}}}}});
    }
    if (exts.isEmpty())
        element.remove(QLatin1String("extension"));
    else
        element.insert(QStringLiteral("extension"), exts);
    if (element.isEmpty())
        holder.remove(QLatin1String("_valueString"));
    else
        holder.insert(QStringLiteral("_valueString"), element);
}

} // namespace

Result<Absence> absenceFromFhir(const QJsonObject &r)
{
    if (const QString e = checkCommon(r, "Basic"); !e.isEmpty())
        return Result<Absence>::failure(e);
    if (basicCode(r) != QLatin1String("absence"))
        return Result<Absence>::failure(QStringLiteral("the Basic is not an absence"));
    if (!shapeOk(r, "extension", QJsonValue::Array) || !shapeOk(r, "subject", QJsonValue::Object))
        return Result<Absence>::failure(QStringLiteral("the absence has an element of the wrong kind"));
    Absence a;
    a.id = str(r, "id");
    a.practitionerRoleId = referenceId(r.value(QLatin1String("subject")), QStringLiteral("PractitionerRole"));
    if (a.practitionerRoleId.isEmpty())
        return Result<Absence>::failure(QStringLiteral("the absence names no GP (PractitionerRole)"));
    QString error;
    const auto period = periodOf(r, &error);
    if (!period)
        return Result<Absence>::failure(error);
    a.from = period->first;
    a.to = period->second;
    if (r.contains(QLatin1String("created"))) {
        const QString created = r.value(QLatin1String("created")).toString();
        a.created = dateOf(created);
        // A FHIR date may be partial ("2026", "2026-11"): kept in the resource, no day in the domain.
        static const QRegularExpression partial(QStringLiteral("^\\d{4}(-\\d{2})?$"));
        if (!a.created.isValid() && !partial.match(created).hasMatch())
            return Result<Absence>::failure(QStringLiteral("the absence has a bad created date"));
    }
    for (const QJsonValue &v : r.value(QLatin1String("extension")).toArray()) {
        const QJsonObject ext = v.toObject();
        if (str(ext, "url") != kAbsenceServiceExtension)
            continue;
        if (!ext.value(QLatin1String("extension")).isArray())
            return Result<Absence>::failure(QStringLiteral("an affected service has no sub-extensions"));
        AffectedService s;
        bool haveMode = false;
        for (const QJsonValue &subValue : ext.value(QLatin1String("extension")).toArray()) {
            const QJsonObject sub = subValue.toObject();
            const QString url = str(sub, "url");
            if (url == QLatin1String("service"))
                s.serviceType = str(sub.value(QLatin1String("valueCoding")).toObject(), "code");
            else if (url == QLatin1String("mode")) {
                const QString mode = str(sub, "valueCode");
                if (mode != QLatin1String("closed") && mode != QLatin1String("substitute"))
                    return Result<Absence>::failure(QStringLiteral("unknown absence mode '%1'").arg(mode));
                s.mode = mode == QLatin1String("closed") ? AffectedService::Mode::Closed
                                                         : AffectedService::Mode::Substitute;
                haveMode = true;
            } else if (url == QLatin1String("citizenText")) {
                s.citizenText = str(sub, "valueString");
                if (!s.citizenText.isEmpty()) // a translation of nothing is not kept
                    s.translations = readTranslations(sub.value(QLatin1String("_valueString")));
            }
        }
        if (s.serviceType.isEmpty() || !haveMode)
            return Result<Absence>::failure(QStringLiteral("an affected service lacks its service or mode"));
        a.services.append(s);
    }
    a.source = r;
    return a;
}

QJsonObject toFhir(const Absence &a)
{
    QJsonObject r = withBasicCode(a.source, QStringLiteral("absence"));
    r.insert(QStringLiteral("id"), a.id);
    if (referenceId(r.value(QLatin1String("subject")), QStringLiteral("PractitionerRole")) != a.practitionerRoleId)
        r.insert(QStringLiteral("subject"), reference(QStringLiteral("PractitionerRole"), a.practitionerRoleId));
    if (a.created.isValid() && dateOf(str(r, "created")) != a.created)
        r.insert(QStringLiteral("created"), a.created.toString(Qt::ISODate));
    setPeriod(r, a.from, a.to);

    // Rebuild the affected services where they stood, keeping what we do not know inside each.
    QJsonArray exts = r.value(QLatin1String("extension")).toArray();
    QHash<QString, QJsonObject> previous;
    int insertAt = -1;
    for (int i = int(exts.size()) - 1; i >= 0; --i) {
        const QJsonObject ext = exts.at(i).toObject();
        if (str(ext, "url") != kAbsenceServiceExtension)
            continue;
        for (const QJsonValue &sub : ext.value(QLatin1String("extension")).toArray()) {
            if (str(sub.toObject(), "url") == QLatin1String("service"))
                previous.insert(str(sub.toObject().value(QLatin1String("valueCoding")).toObject(), "code"), ext);
        }
        exts.removeAt(i);
        insertAt = i;
    }
    if (insertAt < 0)
        insertAt = int(exts.size());
    for (const AffectedService &s : a.services) {
        QJsonObject ext
            = previous.value(s.serviceType, QJsonObject {{QStringLiteral("url"), kAbsenceServiceExtension}});
        QJsonArray subs = ext.value(QLatin1String("extension")).toArray();
        auto setSub = [&subs](const QString &url, const QJsonObject &value) {
            for (int i = 0; i < subs.size(); ++i) {
                if (str(subs.at(i).toObject(), "url") == url) {
                    if (value.isEmpty())
                        subs.removeAt(i);
                    else
                        subs.replace(i, value);
                    return;
                }
            }
            if (!value.isEmpty())
                subs.append(value);
        };
        QJsonObject coding {{QStringLiteral("system"), kServiceTypeSystem}, {QStringLiteral("code"), s.serviceType}};
        for (const QJsonValue &sub : subs) {
            if (str(sub.toObject(), "url") == QLatin1String("service")
                && str(sub.toObject().value(QLatin1String("valueCoding")).toObject(), "code") == s.serviceType)
                coding = sub.toObject().value(QLatin1String("valueCoding")).toObject();
        }
        setSub(QStringLiteral("service"),
            QJsonObject {{QStringLiteral("url"), QStringLiteral("service")}, {QStringLiteral("valueCoding"), coding}});
        setSub(QStringLiteral("mode"),
            QJsonObject {{QStringLiteral("url"), QStringLiteral("mode")},
                {QStringLiteral("valueCode"),
                    s.mode == AffectedService::Mode::Closed ? QStringLiteral("closed")
                                                            : QStringLiteral("substitute")}});
        QJsonObject text;
        for (const QJsonValue &sub : std::as_const(subs)) {
            if (str(sub.toObject(), "url") == QLatin1String("citizenText"))
                text = sub.toObject();
        }
        if (!s.citizenText.isEmpty()) {
            text.insert(QStringLiteral("url"), QStringLiteral("citizenText"));
            text.insert(QStringLiteral("valueString"), s.citizenText);
            writeTranslations(text, s.translations);
        }
        setSub(QStringLiteral("citizenText"), s.citizenText.isEmpty() ? QJsonObject() : text);
        ext.insert(QStringLiteral("extension"), subs);
        exts.insert(insertAt++, ext);
    }
    r.insert(QStringLiteral("extension"), exts);
    return r;
}

// ---------------------------------------------------------------- Basic: info message

Result<InfoMessage> infoMessageFromFhir(const QJsonObject &r)
{
    if (const QString e = checkCommon(r, "Basic"); !e.isEmpty())
        return Result<InfoMessage>::failure(e);
    if (basicCode(r) != QLatin1String("info-message"))
        return Result<InfoMessage>::failure(QStringLiteral("the Basic is not an info message"));
    if (!shapeOk(r, "extension", QJsonValue::Array) || !shapeOk(r, "subject", QJsonValue::Object))
        return Result<InfoMessage>::failure(QStringLiteral("the info message has an element of the wrong kind"));
    InfoMessage m;
    m.id = str(r, "id");
    m.subjectReference = str(r.value(QLatin1String("subject")).toObject(), "reference");
    const QJsonValue subject = r.value(QLatin1String("subject"));
    if (referenceId(subject, QStringLiteral("Organization")).isEmpty()
        && referenceId(subject, QStringLiteral("PractitionerRole")).isEmpty())
        return Result<InfoMessage>::failure(QStringLiteral("the info message is not about an organisation or a GP"));
    QString error;
    const auto period = periodOf(r, &error);
    if (!period)
        return Result<InfoMessage>::failure(error);
    m.validFrom = period->first;
    m.validTo = period->second;
    const QJsonArray exts = r.value(QLatin1String("extension")).toArray();
    const int text = findExtension(exts, kMessageTextExtension);
    if (text < 0 || !exts.at(text).toObject().value(QLatin1String("valueString")).isString())
        return Result<InfoMessage>::failure(QStringLiteral("the info message has no text"));
    m.text = str(exts.at(text).toObject(), "valueString");
    const int language = findExtension(exts, kLanguageExtension);
    if (language >= 0) {
        const QJsonValue code = exts.at(language).toObject().value(QLatin1String("valueCode"));
        if (!code.isString() || code.toString().isEmpty())
            return Result<InfoMessage>::failure(QStringLiteral("the info message's language is not a code"));
        m.language = code.toString();
    }
    m.source = r;
    return m;
}

QJsonObject toFhir(const InfoMessage &m)
{
    QJsonObject r = withBasicCode(m.source, QStringLiteral("info-message"));
    r.insert(QStringLiteral("id"), m.id);
    if (str(r.value(QLatin1String("subject")).toObject(), "reference") != m.subjectReference)
        r.insert(QStringLiteral("subject"), QJsonObject {{QStringLiteral("reference"), m.subjectReference}});
    setPeriod(r, m.validFrom, m.validTo);
    setExtension(r, kMessageTextExtension,
        QJsonObject {{QStringLiteral("url"), kMessageTextExtension}, {QStringLiteral("valueString"), m.text}});
    if (m.language.isEmpty())
        removeExtension(r, kLanguageExtension);
    else
        setExtension(r, kLanguageExtension,
            QJsonObject {{QStringLiteral("url"), kLanguageExtension}, {QStringLiteral("valueCode"), m.language}});
    return r;
}

} // namespace hn::fhir
