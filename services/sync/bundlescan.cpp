#include "bundlescan.h"

#include "fhir/jsonscanner.h"

#include <QByteArrayView>
#include <QVarLengthArray>

namespace hn::sync {

namespace {

using Scanner = fhir::JsonScanner;

// A string as UTF-8: a view into the page when it has no escapes (nothing copied), else its own bytes.
bool utf8Value(Scanner &s, QByteArray *out)
{
    QByteArrayView view;
    QByteArray scratch;
    if (!s.string(&view, &scratch))
        return false;
    *out = scratch.isEmpty() ? QByteArray::fromRawData(view.data(), view.size()) : scratch;
    return true;
}

// {"reference": "..."}: the reference (a string, as QJsonValue::toString() reads it). Reads the value.
bool referenceIn(Scanner &s, int depth, QByteArray *reference)
{
    return s.object(depth, [&](QByteArrayView key) {
        if (key == "reference") {
            if (s.peek('"'))
                return utf8Value(s, reference);
            reference->clear();
        }
        return s.value(depth + 1);
    });
}

// The elements the store indexes a reference of (Store::indexedReferences()): their names, and
// for each type the position of its own among them.
struct IndexedElements
{
    QList<QByteArray> names;
    QList<std::pair<QByteArray, qsizetype>> ofType;
    qsizetype of(const QByteArray &type) const
    {
        for (const auto &[name, element] : ofType) {
            if (name == type)
                return element;
        }
        return -1;
    }
};

const IndexedElements &indexedElements()
{
    static const IndexedElements indexed = [] {
        IndexedElements out;
        const QHash<QString, QString> &paths = store::Store::indexedReferences();
        for (auto it = paths.cbegin(); it != paths.cend(); ++it) {
            const QByteArray name = it.value().toUtf8();
            if (!out.names.contains(name))
                out.names.append(name);
            out.ofType.append({it.key().toUtf8(), out.names.indexOf(name)});
        }
        return out;
    }();
    return indexed;
}

bool scanResource(Scanner &s, const QByteArray &page, int depth, store::ServerResource *r)
{
    // The reference of each indexed element seen, until the type (which may come last) tells which one counts.
    const IndexedElements &indexed = indexedElements();
    QVarLengthArray<QByteArray, 8> references(indexed.names.size());
    s.ws();
    const char *start = s.position();
    // A key given twice counts as QJsonDocument reads it: the last value, also where it is no
    // string or object (then the element is as absent).
    const bool ok = s.object(depth, [&](QByteArrayView key) {
        const auto stringOf = [&](QByteArray *out, int at) {
            out->clear();
            return s.peek('"') ? utf8Value(s, out) : s.value(at);
        };
        if (key == "resourceType")
            return stringOf(&r->type, depth + 1);
        if (key == "id")
            return stringOf(&r->id, depth + 1);
        if (key == "meta") {
            r->versionId.clear();
            r->lastUpdated.clear();
            if (!s.peek('{'))
                return s.value(depth + 1);
            return s.object(depth + 1, [&](QByteArrayView metaKey) {
                if (metaKey == "versionId")
                    return stringOf(&r->versionId, depth + 2);
                if (metaKey == "lastUpdated")
                    return stringOf(&r->lastUpdated, depth + 2);
                return s.value(depth + 2);
            });
        }
        // (The key stays valid during its value: nested objects have their own scratch.)
        if (const qsizetype element = indexed.names.indexOf(key); element >= 0) {
            references[element].clear();
            if (s.peek('{'))
                return referenceIn(s, depth + 1, &references[element]);
        }
        return s.value(depth + 1);
    });
    if (!ok)
        return false;
    if (const qsizetype element = indexed.of(r->type); element >= 0)
        r->ref = references[element];
    r->json = QByteArray::fromRawData(start, s.position() - start);
    r->page = page;
    return true;
}

// Reads the elements of a link array; the next link goes to *next.
bool linksIn(Scanner &s, QString *next)
{
    return s.array(1, [&] {
        if (!s.peek('{'))
            return s.value(2);
        QString relation, url;
        if (!s.stringMembers(2, {{"relation", &relation}, {"url", &url}}))
            return false;
        if (relation == QLatin1String("next"))
            *next = url;
        return true;
    });
}

} // namespace

QString scanNextLink(const QByteArray &json)
{
    Scanner s(json);
    QString next;
    bool found = false;
    s.object(0, [&](QByteArrayView key) {
        if (key == "link" && s.peek('[')) {
            found = linksIn(s, &next);
            return false; // stop here: nothing else is needed
        }
        return s.value(1);
    });
    return found ? next : QString();
}

qint64 scanTotal(const QByteArray &json)
{
    Scanner s(json);
    qint64 total = -1;
    s.object(0, [&](QByteArrayView key) {
        if (key == "total" && !s.peek('"') && !s.peek('{') && !s.peek('[') && !s.peek('t') && !s.peek('f')
            && !s.peek('n')) {
            QByteArrayView text;
            if (!s.number(&text))
                return false;
            bool isInteger = false;
            const qint64 n = text.toLongLong(&isInteger);
            total = isInteger && n >= 0 ? n : -1;
            return true; // on: a repeated key counts as its last (as in scanBundle)
        }
        if (key == "total")
            total = -1;
        return s.value(1);
    });
    return total;
}

ScannedBundle scanBundle(const QByteArray &json)
{
    ScannedBundle bundle;
    Scanner s(json);
    QString resourceType;
    const bool ok = s.object(0, [&](QByteArrayView key) {
        if (key == "resourceType" && s.peek('"'))
            return s.stringValue(&resourceType);
        if (key == "type" && s.peek('"'))
            return s.stringValue(&bundle.type);
        if (key == "total")
            bundle.total = -1; // unless this one is a whole number
        if (key == "total" && !s.peek('"') && !s.peek('{') && !s.peek('[')) {
            QByteArrayView text;
            if (s.peek('t') || s.peek('f') || s.peek('n'))
                return s.value(1);
            if (!s.number(&text))
                return false;
            bool isInteger = false;
            const qint64 total = text.toLongLong(&isInteger);
            bundle.total = isInteger && total >= 0 ? total : -1;
            return true;
        }
        // A repeated key counts as QJsonDocument reads it: the last one.
        if (key == "meta")
            bundle.lastUpdated.clear();
        if (key == "link")
            bundle.nextLink.clear();
        if (key == "entry")
            bundle.entries.clear();
        if (key == "meta" && s.peek('{'))
            return s.stringMembers(1, {{"lastUpdated", &bundle.lastUpdated}});
        if (key == "link" && s.peek('['))
            return linksIn(s, &bundle.nextLink);
        if (key == "entry" && s.peek('[')) {
            return s.array(1, [&] {
                if (!s.peek('{'))
                    return s.value(2);
                ScannedEntry entry;
                QByteArrayView fullUrl; // decoded only when there is no resource (a history deletion)
                QByteArray fullUrlScratch;
                const bool entryOk = s.object(2, [&](QByteArrayView entryKey) {
                    if (entryKey == "fullUrl" && s.peek('"'))
                        return s.string(&fullUrl, &fullUrlScratch);
                    if (entryKey == "resource") { // the last one counts
                        entry.resource.reset();
                        entry.unreadable.clear();
                    }
                    if (entryKey == "resource" && s.peek('{')) {
                        s.ws();
                        const char *start = s.position();
                        store::ServerResource r;
                        if (scanResource(s, json, 3, &r)) {
                            entry.resource = std::move(r);
                            return true;
                        }
                        // Set aside; the page goes on after it (if it can be found where it ends).
                        entry.unreadable = s.error;
                        bundle.unreadableSeen = true;
                        entry.unreadableType = QString::fromUtf8(r.type);
                        entry.unreadableId = QString::fromUtf8(r.id);
                        return s.skipUncheckedFrom(start);
                    }
                    if (entryKey == "search" && s.peek('{')) {
                        return s.object(3, [&](QByteArrayView key) {
                            if (key == "mode" && s.peek('"')) {
                                QByteArrayView mode;
                                QByteArray scratch;
                                if (!s.string(&mode, &scratch))
                                    return false;
                                entry.outcome = mode == "outcome";
                                return true;
                            }
                            return s.value(4);
                        });
                    }
                    if (entryKey == "request" && s.peek('{'))
                        return s.stringMembers(3, {{"method", &entry.requestMethod}, {"url", &entry.requestUrl}});
                    if (entryKey == "response" && s.peek('{'))
                        return s.stringMembers(3, {{"lastModified", &entry.responseLastModified}});
                    return s.value(3);
                });
                if (entryOk && !entry.resource)
                    entry.fullUrl = QString::fromUtf8(fullUrl);
                if (entryOk)
                    bundle.entries.append(std::move(entry));
                return entryOk;
            });
        }
        return s.value(1);
    });
    if (!ok) {
        bundle.error = s.error;
        bundle.entries.clear();
        return bundle;
    }
    if (!s.atEnd()) {
        bundle.error = QStringLiteral("text after the end of the JSON value");
        bundle.entries.clear();
        return bundle;
    }
    if (resourceType != QLatin1String("Bundle")) {
        bundle.error = QStringLiteral("not a Bundle");
        bundle.entries.clear();
    }
    return bundle;
}

} // namespace hn::sync
