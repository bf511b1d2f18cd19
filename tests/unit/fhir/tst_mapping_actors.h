#pragma once

// Organization texts for TestMapping::actorSummaryAgreesWithActorFromFhir, in a header of their
// own: moc cannot read these raw strings.
#include <QByteArray>
#include <QList>
#include <utility>

inline const QList<std::pair<const char *, QByteArray>> kOrganizationTexts = {
    {"gp office",
        R"({"active":true,"extension":[{"url":"urn:hnadmin:fhir:StructureDefinition/video-agreement","valueBoolean":true}],"id":"org-10005","identifier":[{"system":"urn:oid:2.16.578.1.12.4.1.4.101","value":"931171127"},{"system":"urn:oid:2.16.578.1.12.4.1.2","value":"55696"}],"meta":{"lastUpdated":"2026-11-23T11:16:14.695Z","versionId":"1"},"name":"Alta legekontor","resourceType":"Organization","telecom":[{"system":"phone","value":"+47 34 97 69 29"}],"type":[{"coding":[{"code":"gp-office","system":"urn:hnadmin:fhir:CodeSystem/organization-type"}]}]})"},
    {"unit with partOf",
        R"({"resourceType":"Organization","id":"u1","name":"Helsestasjon \u00d8st","partOf":{"reference":"Organization/k1","display":"Oslo"},"identifier":[{"system":"urn:oid:2.16.578.1.12.4.1.4.101","value":"974760673"},{"system":"urn:oid:2.16.578.1.12.4.1.2.3","value":"0301"}],"type":[{"text":"x"},{"coding":[{"system":"urn:other","code":"zz"},{"system":"urn:hnadmin:fhir:CodeSystem/organization-type","code":"municipal-unit"},{"system":"urn:hnadmin:fhir:CodeSystem/organization-type","code":"gp-office"}]}]})"},
    {"versioned partOf",
        R"({"resourceType":"Organization","id":"u2","partOf":{"reference":"Organization/k1/_history/3"}})"},
    {"partOf of another type", R"({"resourceType":"Organization","id":"u3","partOf":{"reference":"Location/k1"}})"},
    {"pretty, keys in another order",
        "{\n  \"type\" : [ { \"coding\" : [ { \"code\" : \"nhn\", \"system\" : "
        "\"urn:hnadmin:fhir:CodeSystem/organization-type\" } ] } ],\n  \"name\" : \"Norsk helsenett SF\",\n  \"id\" : "
        "\"org-1\",\n  \"resourceType\" : \"Organization\"\n}\n"},
    {"first of a system wins",
        R"({"resourceType":"Organization","id":"d1","identifier":[{"system":"urn:oid:2.16.578.1.12.4.1.4.101","value":"1"},{"system":"urn:oid:2.16.578.1.12.4.1.4.101","value":"2"}],"telecom":[{"system":"email","value":"a@b"},{"system":"phone","value":"22 33 44 55"},{"system":"phone","value":"99"}],"extension":[{"url":"urn:hnadmin:fhir:StructureDefinition/video-agreement","valueBoolean":false},{"url":"urn:hnadmin:fhir:StructureDefinition/video-agreement","valueBoolean":true}]})"},
    {"odd members inside",
        R"({"resourceType":"Organization","id":"o1","identifier":[7,{"system":5,"value":"x"},{"system":"urn:oid:2.16.578.1.12.4.1.4.101","value":9}],"telecom":["x",{"system":"phone"}],"extension":[{"url":"urn:hnadmin:fhir:StructureDefinition/video-agreement","valueBoolean":"yes"}],"type":[{"coding":{"system":"urn:hnadmin:fhir:CodeSystem/organization-type","code":"nhn"}}],"partOf":{"reference":7}})"},
    {"inactive", R"({"resourceType":"Organization","id":"i1","active":false,"name":""})"},
    {"unknown elements",
        R"({"resourceType":"Organization","id":"x1","address":[{"city":"Tromsø","line":["Storgata 1"]}],"contained":[{"resourceType":"Organization","id":"inner","name":"Not me"}],"modifierExtension":[],"name":"Outer","_name":{"extension":[]},"num":-1.5e3,"nil":null})"},
    {"escapes", R"({"resourceType":"Organization","id":"e\/1","name":"Line\nbreak \"quoted\" \ud83d\ude00"})"},
    {"name of the wrong kind", R"({"resourceType":"Organization","id":"w1","name":42})"},
    {"identifier of the wrong kind",
        R"({"resourceType":"Organization","id":"w2","identifier":{"system":"s","value":"v"}})"},
    {"partOf of the wrong kind", R"({"resourceType":"Organization","id":"w3","partOf":"Organization/k1"})"},
    {"active of the wrong kind", R"({"resourceType":"Organization","id":"w4","active":"true"})"},
    {"type of the wrong kind", R"({"resourceType":"Organization","id":"w5","type":{"coding":[]}})"},
    {"repeated element", R"({"resourceType":"Organization","id":"r1","name":"First","name":"Second"})"},
    {"repeated nested keys: valueBoolean",
        R"({"resourceType":"Organization","id":"n1","extension":[{"url":"urn:hnadmin:fhir:StructureDefinition/video-agreement","valueBoolean":true,"valueBoolean":"no"}]})"},
    {"repeated nested keys: coding",
        R"({"resourceType":"Organization","id":"n2","type":[{"coding":[{"system":"urn:hnadmin:fhir:CodeSystem/organization-type","code":"gp-office"}],"coding":[{"system":"urn:hnadmin:fhir:CodeSystem/organization-type","code":"nhn"}]}]})"},
    {"repeated nested keys: coding, the last without ours",
        R"({"resourceType":"Organization","id":"n3","type":[{"coding":[{"system":"urn:hnadmin:fhir:CodeSystem/organization-type","code":"gp-office"}],"coding":[]},{"coding":[{"system":"urn:hnadmin:fhir:CodeSystem/organization-type","code":"nhn"}]}]})"},
    {"repeated nested keys: system and value",
        R"({"resourceType":"Organization","id":"n4","identifier":[{"system":"urn:oid:2.16.578.1.12.4.1.4.101","value":"1","value":"2","system":"urn:x"},{"system":"urn:oid:2.16.578.1.12.4.1.4.101","value":"3"}],"partOf":{"reference":"Organization/a","reference":"Organization/b"}})"},
    {"office in a municipality",
        R"({"resourceType":"Organization","id":"a1","name":"Alta legesenter AS","address":[{"use":"work","district":"Alta","extension":[{"url":"urn:x","valueCoding":{"code":"no"}},{"url":"http://hl7.no/fhir/StructureDefinition/no-basis-municipalitycode","valueCoding":{"system":"urn:oid:2.16.578.1.12.4.1.1.3402","code":"5601"}},{"url":"http://hl7.no/fhir/StructureDefinition/no-basis-municipalitycode","valueCoding":{"code":"9999"}}]},{"district":"Second"}]})"},
    {"address odd members", R"({"resourceType":"Organization","id":"a2","address":[7,{"district":"Alta"}]})"},
    {"address district of the wrong kind, code a number",
        R"({"resourceType":"Organization","id":"a3","address":[{"district":5,"extension":[3,{"url":"http://hl7.no/fhir/StructureDefinition/no-basis-municipalitycode","valueCoding":{"code":5601}}]}]})"},
    {"address not an array", R"({"resourceType":"Organization","id":"a4","address":{"district":"Alta"}})"},
    {"address repeated keys",
        R"({"resourceType":"Organization","id":"a5","address":[{"district":"A","district":"B","extension":[{"url":"http://hl7.no/fhir/StructureDefinition/no-basis-municipalitycode","valueCoding":{"code":"1","code":"2"}}]}]})"},
    {"address repeated",
        R"({"resourceType":"Organization","id":"a6","address":[{"district":"A"}],"address":[{"district":"B"}]})"},
    {"a number past a double", R"({"resourceType":"Organization","id":"big","name":"x","num":1e400})"},
    {"not an Organization", R"({"resourceType":"Patient","id":"p1","name":"x"})"},
    {"no id", R"({"resourceType":"Organization","name":"x"})"},
    {"empty id", R"({"resourceType":"Organization","id":"","name":"x"})"},
    {"id of the wrong kind", R"({"resourceType":"Organization","id":12,"name":"x"})"},
    {"not JSON", "{\"resourceType\":\"Organization\",\"id\":\"t1\""},
    {"trailing text", R"({"resourceType":"Organization","id":"t2"} x)"},
    {"an array", "[]"},
};
