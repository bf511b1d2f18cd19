#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QStringList>

namespace hn::sync {

// Three-way merge of FHIR resources, field by field.
// base: the server copy an edit was made on; mine: the edited copy; theirs: the server's current copy.
// Objects merge member by member, recursively. Arrays whose elements are extensions (objects with
// "url") merge element by element, keyed by url (and, for repeating complex extensions, by their
// "service" coding or, for translations, their "lang"); other arrays are single values. A field changed on one side
// only takes that side; changed on both sides to the same value is fine; changed on both sides differently is a
// conflict. meta is always the server's.
struct MergeResult
{
    bool clean = false; // no conflicting field
    QJsonObject merged; // theirs with my non-conflicting changes applied
    QStringList conflicts; // paths of conflicting fields, e.g. "extension[period].valuePeriod.end"
    bool mineAlreadyApplied = false; // merged equals theirs (ignoring meta): nothing left to send
};

// preferMine: conflicting paths (as reported in MergeResult::conflicts) the user resolved in favour of
// their own version; those take mine and are no longer conflicts.
MergeResult merge3(
    const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs, const QSet<QString> &preferMine = {});

// A flat, readable view of a resource for showing two versions side by side: path -> text.
// Paths use the same notation as MergeResult::conflicts.
QList<QPair<QString, QString>> flatten(const QJsonObject &resource);

} // namespace hn::sync
