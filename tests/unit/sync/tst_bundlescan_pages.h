#pragma once

// Test pages for tst_bundlescan, in a header of their own: moc cannot read these raw strings.
#include <QByteArray>
#include <QList>
#include <utility>

// A search page as a server writes it, pretty-printed to have whitespace everywhere.
inline const QByteArray kSearchPage = R"({
  "resourceType": "Bundle",
  "id": "page-1",
  "meta": { "lastUpdated": "2026-11-23T10:00:00.000Z" },
  "type": "searchset",
  "total": 1234,
  "link": [
    { "relation": "self", "url": "http://h/fhir/R4/PractitionerRole?_count=2" },
    { "relation": "next", "url": "http://h/fhir/R4/PractitionerRole?_count=2&_offset=2" }
  ],
  "entry": [
    {
      "fullUrl": "http://h/fhir/R4/PractitionerRole/r1",
      "resource": {
        "resourceType": "PractitionerRole",
        "id": "r1",
        "meta": { "versionId": "3", "lastUpdated": "2026-11-20T08:00:00.000Z", "tag": [{"code": "x"}] },
        "practitioner": { "reference": "Practitioner/p1", "display": "Kari \"K\" Nordmann" },
        "organization": { "reference": "Organization/o1" },
        "healthcareService": [ { "reference": "HealthcareService/s1" }, { "display": "no reference" },
                               { "reference": "HealthcareService/s2" } ],
        "code": [ { "coding": [ { "system": "urn:x", "code": "gp" } ] } ],
        "active": true,
        "extension": [ { "url": "urn:x", "valueDecimal": -1.25e+3 }, { "url": "urn:y", "valueString": null } ]
      },
      "search": { "mode": "match" }
    },
    {
      "fullUrl": "http://h/fhir/R4/Organization/%C3%B8",
      "resource": { "resourceType": "Organization", "id": "\u00f8st\/1", "name": "Tr\u00f8ndelag \ud83d\ude00 legesenter",
                    "meta": { "versionId": "1" } },
      "search": { "mode": "include" }
    },
    { "resource": { "resourceType": "OperationOutcome", "id": "oo" }, "search": { "mode": "outcome" } }
  ]
})";

inline const QByteArray kHistoryPage = R"({"resourceType":"Bundle","type":"history","total":2,
            "entry":[{"fullUrl":"http://h/fhir/R4/Basic/b1","request":{"method":"DELETE","url":"Basic/b1"},
                      "response":{"status":"204","lastModified":"2026-11-23T09:00:00Z"}},
                     {"fullUrl":"http://h/fhir/R4/Basic/b2","resource":{"resourceType":"Basic","id":"b2",
                      "subject":{"reference":"PractitionerRole/r1"}},"request":{"method":"PUT","url":"Basic/b2"}}]})";

inline const QByteArray kTotalDecimal = R"({"resourceType":"Bundle","total":1.5})";
inline const QByteArray kTotalString = R"({"resourceType":"Bundle","total":"7"})";
inline const QByteArray kTotalNull = R"({"resourceType":"Bundle","total":null})";
inline const QByteArray kTotalNone = R"({"resourceType":"Bundle"})";
inline const QByteArray kTotalZero = R"({"resourceType":"Bundle","total":0})";

// Texts that are not a readable Bundle.
inline const QList<std::pair<const char *, QByteArray>> kNotBundles = {
    {"empty", QByteArray()},
    {"array", QByteArray("[]")},
    {"other resource", QByteArray(R"({"resourceType":"Patient"})")},
    {"no type", QByteArray(R"({"entry":[]})")},
    {"trailing text", QByteArray(R"({"resourceType":"Bundle"} x)")},
    {"two values", QByteArray(R"({"resourceType":"Bundle"}{})")},
    {"unterminated", QByteArray(R"({"resourceType":"Bundle","entry":[{"resource":{"id":"a"})")},
    {"bad literal", QByteArray(R"({"resourceType":"Bundle","x":tru})")},
    {"leading zero", QByteArray(R"({"resourceType":"Bundle","x":01})")},
    {"bare minus", QByteArray(R"({"resourceType":"Bundle","x":-})")},
    {"dot without digits", QByteArray(R"({"resourceType":"Bundle","x":1.})")},
    {"exponent without digits", QByteArray(R"({"resourceType":"Bundle","x":1e})")},
    {"single quotes", QByteArray(R"({'resourceType':'Bundle'})")},
    {"trailing comma", QByteArray(R"({"resourceType":"Bundle",})")},
    {"missing colon", QByteArray(R"({"resourceType" "Bundle"})")},
    {"control character", QByteArray("{\"resourceType\":\"Bun\x01dle\"}")},
    {"bad escape", QByteArray(R"({"resourceType":"Bundle","x":"\q"})")},
    {"short unicode escape", QByteArray(R"({"resourceType":"Bundle","x":"\u12"})")},
    {"invalid UTF-8", QByteArray("{\"resourceType\":\"Bundle\",\"x\":\"\xC3\x28\"}")},
    {"overlong UTF-8", QByteArray("{\"resourceType\":\"Bundle\",\"x\":\"\xC0\xAF\"}")},
    {"UTF-8 surrogate", QByteArray("{\"resourceType\":\"Bundle\",\"x\":\"\xED\xA0\x80\"}")},
    {"truncated UTF-8", QByteArray("{\"resourceType\":\"Bundle\",\"x\":\"\xE2\x82\"}")},
};
