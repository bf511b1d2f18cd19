#pragma once

// The element helpers the mapping of every resource family shares (mapping*.cpp). Not for use
// outside services/fhir.

#include "mapping.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPair>

#include <optional>

namespace hn::fhir::detail {

QString str(const QJsonObject &o, const char *key);
// Checks that a present element has the expected JSON kind.
bool shapeOk(const QJsonObject &o, const char *key, QJsonValue::Type type);
QString checkCommon(const QJsonObject &r, const char *type);
QString identifierValue(const QJsonObject &r, const QString &system);
void setIdentifier(QJsonObject &r, const QString &system, const QString &value);
// The code of the first coding with that system in a CodeableConcept or an array of them.
QString codeOf(const QJsonValue &value, const QString &system);
QJsonObject codeableConcept(const QString &system, const QString &code);
// Sets our coding inside the first concept that carries our system; keeps other codings and concepts.
QJsonArray setConceptArray(const QJsonArray &existing, const QString &system, const QString &code);
int findExtension(const QJsonArray &exts, const QString &url, int from = 0);
void setExtension(QJsonObject &r, const QString &url, const QJsonObject &ext);
void removeExtension(QJsonObject &r, const QString &url);
QString phoneOf(const QJsonObject &r);
void setPhone(QJsonObject &r, const QString &phone);
void setString(QJsonObject &r, const char *key, const QString &value);
// The given names of a HumanName, joined by spaces.
QString givenOf(const QJsonObject &name);
// A FHIR date or dateTime ("2026-11-20", "2026-11-20T10:00:00Z") as a date; invalid when it is neither.
QDate dateOf(const QString &value);
std::optional<QPair<QDate, QDate>> periodOf(const QJsonObject &r, QString *error);
QJsonObject periodExtension(const QDate &from, const QDate &to);
// Writes the period extension unless it already holds these dates (perhaps as dateTimes).
void setPeriod(QJsonObject &r, const QDate &from, const QDate &to);
// `active` is true when absent (FHIR's meaning for these resources): a resource read without it
// gets none written back unless it becomes false; a new resource states it.
void setActive(QJsonObject &r, const QJsonObject &source, bool active);
QJsonObject withBasicCode(QJsonObject r, const QString &code);
// An Organization read for the actor list straight from its bytes (mapping_actorscan.cpp), with
// the code of its kind; nullopt when the resource needs the full reading.
std::optional<models::Actor> scanActor(const QByteArray &json, QString *kindCode);

} // namespace hn::fhir::detail
