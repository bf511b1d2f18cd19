#include "bundlescan.h"

#include "fhir/jsonscanner.h"

#include <QByteArrayView>

namespace hn::sync {

namespace {

using Scanner = fhir::JsonScanner;

// {"reference": "..."} at the top of an object value: the reference, or empty. Reads the value.
bool referenceIn(Scanner &s, int depth, QString *reference)
{
    return s.object(depth, [&](QByteArrayView key) {
        if (key == "reference" && s.peek('"'))
            return s.stringValue(reference);
        return s.value(depth + 1);
    });
}

// The few distinct strings a page repeats thousands of times (resource types, element names), as
// one shared QString each: a page of 500 then allocates a handful of them instead of thousands.
class Interned
{
public:
    QString operator()(QByteArrayView utf8)
    {
        for (const auto &[bytes, string] : m_strings) {
            if (bytes == utf8)
                return string;
        }
        QString string = QString::fromUtf8(utf8);
        if (m_strings.size() < 64)
            m_strings.append({utf8.toByteArray(), string});
        return string;
    }

private:
    QList<std::pair<QByteArray, QString>> m_strings;
};

bool scanResource(Scanner &s, const QByteArray &text, int depth, store::ServerResource *r, Interned &interned)
{
    s.ws();
    const char *start = s.position();
    const bool ok = s.object(depth, [&](QByteArrayView key) {
        if (key == "resourceType" && s.peek('"')) {
            QByteArrayView type;
            QByteArray scratch;
            if (!s.string(&type, &scratch))
                return false;
            r->type = interned(type);
            return true;
        }
        if (key == "id" && s.peek('"'))
            return s.stringValue(&r->id);
        if (key == "meta" && s.peek('{')) {
            return s.object(depth + 1, [&](QByteArrayView metaKey) {
                if (metaKey == "versionId" && s.peek('"'))
                    return s.stringValue(&r->versionId);
                if (metaKey == "lastUpdated" && s.peek('"'))
                    return s.stringValue(&r->lastUpdated);
                return s.value(depth + 2);
            });
        }
        // Top-level references, as the store indexes them: an element that is a Reference, or an
        // array of them. (The key stays valid during its value: nested objects have their own scratch.)
        if (s.peek('{')) {
            QString ref;
            if (!referenceIn(s, depth + 1, &ref))
                return false;
            if (!ref.isEmpty())
                r->references.append({interned(key), ref});
            return true;
        }
        if (s.peek('[')) {
            return s.array(depth + 1, [&] {
                if (!s.peek('{'))
                    return s.value(depth + 2);
                QString ref;
                if (!referenceIn(s, depth + 2, &ref))
                    return false;
                if (!ref.isEmpty())
                    r->references.append({interned(key), ref});
                return true;
            });
        }
        return s.value(depth + 1);
    });
    if (ok)
        r->json = text.mid(start - text.constData(), s.position() - start);
    return ok;
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

ScannedBundle scanBundle(const QByteArray &json)
{
    Interned interned;
    ScannedBundle bundle;
    Scanner s(json);
    QString resourceType;
    const bool ok = s.object(0, [&](QByteArrayView key) {
        if (key == "resourceType" && s.peek('"'))
            return s.stringValue(&resourceType);
        if (key == "type" && s.peek('"'))
            return s.stringValue(&bundle.type);
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
                    if (entryKey == "resource" && s.peek('{')) {
                        store::ServerResource r;
                        if (!scanResource(s, json, 3, &r, interned))
                            return false;
                        entry.resource = std::move(r);
                        return true;
                    }
                    if (entryKey == "search" && s.peek('{'))
                        return s.stringMembers(3, {{"mode", &entry.searchMode}});
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
