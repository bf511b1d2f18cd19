#pragma once

#include "store/store.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace hn::sync {

// One entry of a Bundle as scanned: the resource's own bytes, untouched, and the few elements the
// sync engine reads.
struct ScannedEntry
{
    QString fullUrl; // only when the entry has no resource
    std::optional<store::ServerResource> resource;
    bool outcome = false; // entry.search.mode is "outcome" (an OperationOutcome, not a result)
    QString requestMethod, requestUrl; // entry.request (history bundles)
    QString responseLastModified; // entry.response.lastModified
    // A resource this program cannot read although the page can (nested too deeply, text that is
    // not valid Unicode, a number past a double, ...): why, and its type and id where they were
    // read before the trouble. The entry has no resource then; the page goes on.
    QString unreadable, unreadableType, unreadableId;
};

struct ScannedBundle
{
    QString error; // empty when the text is a well-formed JSON Bundle
    bool ok() const { return error.isEmpty(); }
    QString type; // Bundle.type
    qint64 total = -1; // Bundle.total; -1 when absent
    QString lastUpdated; // Bundle.meta.lastUpdated
    QString nextLink; // the url of link[relation=next]
    QList<ScannedEntry> entries;
    bool unreadableSeen = false; // a resource was set aside (also one a repeated "entry" key dropped)
};

// Reads a FHIR Bundle in one pass over its bytes without building a JSON tree: every value is
// checked against the JSON grammar (strings must be valid UTF-8, as QJsonDocument requires), but
// only the elements above are decoded, and each entry's resource is handed over as the exact bytes
// the server sent. One resource that cannot be read is set aside (ScannedEntry::unreadable), not
// the page. The resources' text fields are views into `json` where they need no unescaping
// (ServerResource::page keeps it alive), so a page of 500 costs few allocations. About ten times
// faster than QJsonDocument on such a page, which is what lets a full sync keep pace with the network.
ScannedBundle scanBundle(const QByteArray &json);

// Only the url of link[relation=next], read as soon as the top-level "link" is passed (servers put
// it before the entries), so that the next page can be asked for before this one is scanned. Empty
// when there is none or the text is not JSON (scanBundle then says why).
QString scanNextLink(const QByteArray &json);

// Only Bundle.total, as scanBundle reads it (-1 when absent or not a whole number); the rest is
// skipped.
qint64 scanTotal(const QByteArray &json);

} // namespace hn::sync
