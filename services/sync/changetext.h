#pragma once

#include "store/store.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

namespace hn::sync {

// What an edit does, in the words of the sync log: whose absence, which service, which phone, and
// old -> new where something changed ("services of Kari Berg: E-consultation on"; "Ekeberg
// legekontor: phone 22 66 99 00 -> 99 88 77 66"). Names are looked up in the store; what cannot be
// read is named by its kind alone. No FHIR leaves this file: it reads through the mapping.
class ChangeText
{
    Q_DECLARE_TR_FUNCTIONS(hn::sync::ChangeText)
public:
    // The edit of the outbox entry `e`; `before` is the server copy it was made on (empty for a
    // create; for a delete, the copy that was deleted).
    static QString describe(const store::Store *store, const store::OutboxEntry &e);
    // The first day citizens see what the edit saved, when that is after `today` (an absence or
    // message that starts later); else an invalid date.
    static QDate visibleFrom(const store::OutboxEntry &e, const QDate &today);
    // The resource the edit is about, before it: the entry's base, else the store's server copy.
    static QJsonObject before(const store::Store *store, const store::OutboxEntry &e);
};

} // namespace hn::sync
