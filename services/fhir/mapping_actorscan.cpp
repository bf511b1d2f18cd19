// The fast reading of an Organization for the actor list, straight from its bytes with simdjson
// (see jsonread.h): the few elements the list shows. Whatever is not ordinary (a key given twice,
// an element of an unexpected kind) is left to the full reading through QJsonDocument, so that
// both read every resource alike (the fuzz target fuzz_mapping checks it).

#include "jsonread.h"
#include "mapping_p.h"

#include <utility>

namespace hn::fhir::detail {

using namespace hn::models;
namespace od = json::od;

namespace {

// The first address's district and municipality code, as addressMunicipality() reads them; a key
// repeated on the way leaves the reading to QJsonDocument.
bool readAddress(json::Reader &r, od::value v, Actor *a, bool *ordinary)
{
    bool first = true;
    return r.array(v, 1, [&](od::value address) {
        if (!std::exchange(first, false) || !r.is(address, od::json_type::object))
            return r.check(address, 2);
        bool haveDistrict = false, haveExtension = false;
        return r.object(address, 2, [&](std::string_view member, od::value m) {
            if (member == "district") {
                *ordinary = *ordinary && !std::exchange(haveDistrict, true);
                return r.string(m, 3, &a->addressMunicipalityName);
            }
            if (member != "extension")
                return r.check(m, 3);
            *ordinary = *ordinary && !std::exchange(haveExtension, true);
            if (!r.is(m, od::json_type::array))
                return r.check(m, 3);
            bool found = false;
            return r.array(m, 3, [&](od::value ext) {
                if (found || !r.is(ext, od::json_type::object))
                    return r.check(ext, 4);
                QString url, code;
                bool haveUrl = false, haveCoding = false;
                if (!r.object(ext, 4, [&](std::string_view key, od::value e) {
                        if (key == "url") {
                            *ordinary = *ordinary && !std::exchange(haveUrl, true);
                            return r.string(e, 5, &url);
                        }
                        if (key != "valueCoding")
                            return r.check(e, 5);
                        *ordinary = *ordinary && !std::exchange(haveCoding, true);
                        if (!r.is(e, od::json_type::object))
                            return r.check(e, 5);
                        bool haveCode = false;
                        return r.object(e, 5, [&](std::string_view c, od::value cv) {
                            if (c != "code")
                                return r.check(cv, 6);
                            *ordinary = *ordinary && !std::exchange(haveCode, true);
                            return r.string(cv, 6, &code);
                        });
                    }))
                    return false;
                if (url == kMunicipalityCodeExtension) {
                    found = true;
                    a->addressMunicipalityNumber = code;
                }
                return true;
            });
        });
    });
}

// The first coding of our system in any concept, as codeOf() reads it.
bool readKind(json::Reader &r, od::value v, QString *kind, bool *haveKind)
{
    return r.array(v, 1, [&](od::value codeable) {
        if (!r.is(codeable, od::json_type::object))
            return r.check(codeable, 2);
        // Only the last "coding" of a concept counts, as QJsonDocument keeps a repeated key.
        QString conceptKind;
        bool conceptHasKind = false;
        const bool ok = r.object(codeable, 2, [&](std::string_view member, od::value m) {
            if (member != "coding")
                return r.check(m, 3);
            conceptHasKind = false;
            if (!r.is(m, od::json_type::array))
                return r.check(m, 3);
            return r.array(m, 3, [&](od::value coding) {
                if (!r.is(coding, od::json_type::object))
                    return r.check(coding, 4);
                QString system, code;
                if (!r.stringMembers(coding, 4, {{"system", &system}, {"code", &code}}))
                    return false;
                if (!conceptHasKind && system == kOrganizationTypeSystem) {
                    conceptKind = code;
                    conceptHasKind = true;
                }
                return true;
            });
        });
        if (ok && conceptHasKind && !*haveKind) {
            *kind = conceptKind;
            *haveKind = true;
        }
        return ok;
    });
}

} // namespace

std::optional<Actor> scanActor(const QByteArray &bytes, QString *kindCode)
{
    thread_local od::parser parser;
    const json::Text text(bytes);
    od::document document;
    od::value root;
    if (parser.iterate(text.data(), text.size(), text.capacity()).get(document) || document.get_value().get(root))
        return std::nullopt;
    json::Reader r;
    if (!r.is(root, od::json_type::object))
        return std::nullopt;
    Actor a;
    QString resourceType, partOf;
    bool haveId = false, idIsString = true, ordinary = true, haveOrgNumber = false, haveHerId = false,
         haveMunicipality = false, havePhone = false, haveKind = false, haveVideo = false;
    quint32 seen = 0; // a bit per element of `read` met so far
    const bool ok = r.object(root, 0, [&](std::string_view key, od::value v) {
        static constexpr std::string_view read[] = {
            "resourceType", "id", "name", "identifier", "type", "partOf", "active", "telecom", "extension", "address"};
        for (size_t element = 0; element < std::size(read); ++element) {
            if (key == read[element]) {
                if (seen & (1u << element))
                    ordinary = false; // a repeated key: QJsonDocument's reading decides
                seen |= 1u << element;
            }
        }
        if (key == "resourceType" || key == "id" || key == "name") {
            if (!r.is(v, od::json_type::string)) {
                ordinary = ordinary && key != "name";
                idIsString = idIsString && key != "id";
                return r.check(v, 1);
            }
            haveId = haveId || key == "id";
            return r.string(v, 1, key == "resourceType" ? &resourceType : key == "id" ? &a.id : &a.name);
        }
        if (key == "active") {
            if (!r.is(v, od::json_type::boolean)) {
                ordinary = false;
                return r.check(v, 1);
            }
            bool active = true;
            if (const auto e = v.get_bool().get(active))
                return r.fail(e);
            a.active = active;
            return true;
        }
        if (key == "partOf") {
            if (!r.is(v, od::json_type::object)) {
                ordinary = false;
                return r.check(v, 1);
            }
            return r.stringMembers(v, 1, {{"reference", &partOf}});
        }
        if (key == "identifier" || key == "telecom" || key == "extension" || key == "type" || key == "address") {
            if (!r.is(v, od::json_type::array)) {
                ordinary = false;
                return r.check(v, 1);
            }
        }
        if (key == "identifier" || key == "telecom") {
            const bool identifier = key == "identifier";
            return r.array(v, 1, [&](od::value element) {
                if (!r.is(element, od::json_type::object))
                    return r.check(element, 2);
                QString system, value;
                if (!r.stringMembers(element, 2, {{"system", &system}, {"value", &value}}))
                    return false;
                // The first element of a system wins, as identifierValue() and phoneOf() read it.
                if (identifier && system == kOrgNumberSystem && !std::exchange(haveOrgNumber, true))
                    a.orgNumber = value;
                else if (identifier && system == kHerIdSystem && !std::exchange(haveHerId, true))
                    a.herId = value;
                else if (identifier && system == kKommunenummerSystem && !std::exchange(haveMunicipality, true))
                    a.municipalityNumber = value;
                else if (!identifier && system == QLatin1String("phone") && !std::exchange(havePhone, true))
                    a.phone = value;
                return true;
            });
        }
        if (key == "extension") {
            return r.array(v, 1, [&](od::value ext) {
                if (!r.is(ext, od::json_type::object))
                    return r.check(ext, 2);
                QString url;
                bool value = false; // the last one, and false unless a literal true (QJsonValue::toBool())
                if (!r.object(ext, 2, [&](std::string_view member, od::value m) {
                        if (member == "url")
                            return r.string(m, 3, &url);
                        if (member != "valueBoolean")
                            return r.check(m, 3);
                        value = false;
                        if (!r.is(m, od::json_type::boolean))
                            return r.check(m, 3);
                        if (const auto e = m.get_bool().get(value))
                            return r.fail(e);
                        return true;
                    }))
                    return false;
                if (url == kVideoAgreementExtension && !std::exchange(haveVideo, true))
                    a.hasVideoAgreement = value;
                return true;
            });
        }
        if (key == "address")
            return readAddress(r, v, &a, &ordinary);
        if (key == "type")
            return readKind(r, v, kindCode, &haveKind);
        return r.check(v, 1);
    });
    if (!ok || !json::atEnd(document) || !ordinary || !idIsString || !haveId || a.id.isEmpty()
        || resourceType != QLatin1String("Organization"))
        return std::nullopt;
    if (!partOf.isEmpty())
        a.partOfId = referenceId(QJsonObject {{QStringLiteral("reference"), partOf}}, QStringLiteral("Organization"));
    return a;
}

} // namespace hn::fhir::detail
