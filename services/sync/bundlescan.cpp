#include "bundlescan.h"

#include "fhir/jsonread.h"

#include <QVarLengthArray>

namespace hn::sync {

namespace {

namespace json = fhir::json;
namespace od = json::od;

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
    qsizetype named(std::string_view key) const
    {
        return names.indexOf(QByteArrayView(key.data(), qsizetype(key.size())));
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

// One page being read: its bytes (padded for simdjson, with strings it cannot take masked), and
// a second parser for the resources, each of which is read on its own so that one that cannot be
// read is set aside, not the page.
struct Page
{
    explicit Page(const QByteArray &bytes)
        : bytes(bytes)
        , text(bytes)
    {
    }
    const QByteArray &bytes;
    json::Text text;
    QList<json::Text::Bad> bad; // masked strings
    od::parser resources;

    // Why the resource in [from, to) cannot be read because of a masked string; empty when it can.
    QString badIn(qsizetype from, qsizetype to) const
    {
        for (const json::Text::Bad &b : bad) {
            if (b.from >= from && b.to <= to)
                return b.why;
        }
        return {};
    }
    // Whether a masked string lies outside [from, to) of every resource read.
    QList<std::pair<qsizetype, qsizetype>> resourceSpans;
    bool badOutsideResources() const
    {
        for (const json::Text::Bad &b : bad) {
            const bool inside = std::any_of(resourceSpans.cbegin(), resourceSpans.cend(),
                [&](const auto &span) { return b.from >= span.first && b.to <= span.second; });
            if (!inside)
                return true;
        }
        return false;
    }
};

// Starts reading the page: the document, or an error. Strings JSON does not allow (invalid UTF-8,
// control characters) are masked and noted, so that the resources holding them can be set aside.
simdjson::error_code open(od::parser &parser, Page &page, od::document *document)
{
    simdjson::error_code e = parser.iterate(page.text.data(), page.text.size(), page.text.capacity()).get(*document);
    if ((e == simdjson::UTF8_ERROR || e == simdjson::UNESCAPED_CHARS) && page.text.maskBadStrings(&page.bad)
        && !page.bad.isEmpty())
        e = parser.iterate(page.text.data(), page.text.size(), page.text.capacity()).get(*document);
    return e;
}

// A resource, on its own: the few elements the sync reads, every value checked.
bool readResource(json::Reader &r, Page &page, std::string_view raw, store::ServerResource *out)
{
    const IndexedElements &indexed = indexedElements();
    // The reference of each indexed element seen, until the type (which may come last) tells which one counts.
    QVarLengthArray<QByteArray, 8> references(indexed.names.size());
    const size_t room = size_t(page.text.data() + page.text.capacity() - raw.data());
    od::document document;
    if (const auto e = page.resources.iterate(raw.data(), raw.size(), room).get(document))
        return r.fail(e);
    od::value root;
    if (const auto e = document.get_value().get(root))
        return r.fail(e);
    const QByteArray &text = page.bytes;
    // The resource sits three deep in the page (Bundle.entry[].resource).
    constexpr int depth = 3;
    // A key given twice counts as QJsonDocument reads it: the last value, also where it is no
    // string or object (then the element is as absent).
    const bool ok = r.object(root, depth, [&](std::string_view key, od::value v) {
        if (key == "resourceType")
            return r.utf8(v, depth + 1, text, page.text, &out->type);
        if (key == "id")
            return r.utf8(v, depth + 1, text, page.text, &out->id);
        if (key == "meta") {
            out->versionId.clear();
            out->lastUpdated.clear();
            if (!r.is(v, od::json_type::object))
                return r.check(v, depth + 1);
            return r.object(v, depth + 1, [&](std::string_view metaKey, od::value m) {
                if (metaKey == "versionId")
                    return r.utf8(m, depth + 2, text, page.text, &out->versionId);
                if (metaKey == "lastUpdated")
                    return r.utf8(m, depth + 2, text, page.text, &out->lastUpdated);
                return r.check(m, depth + 2);
            });
        }
        if (const qsizetype element = indexed.named(key); element >= 0) {
            references[element].clear();
            if (r.is(v, od::json_type::object)) {
                return r.object(v, depth + 1, [&](std::string_view refKey, od::value ref) {
                    if (refKey == "reference")
                        return r.utf8(ref, depth + 2, text, page.text, &references[element]);
                    return r.check(ref, depth + 2);
                });
            }
        }
        return r.check(v, depth + 1);
    });
    if (!ok)
        return false;
    if (!json::atEnd(document))
        return r.fail("text after the end of the resource");
    if (const qsizetype element = indexed.of(out->type); element >= 0)
        out->ref = references[element];
    out->json = QByteArray::fromRawData(text.constData() + page.text.offsetOf(raw.data()), qsizetype(raw.size()));
    out->page = text;
    return true;
}

// Reads the elements of a link array; the next link goes to *next.
bool linksIn(json::Reader &r, od::value v, QString *next)
{
    return r.array(v, 1, [&](od::value link) {
        if (!r.is(link, od::json_type::object))
            return r.check(link, 2);
        QString relation, url;
        if (!r.stringMembers(link, 2, {{"relation", &relation}, {"url", &url}}))
            return false;
        if (relation == QLatin1String("next"))
            *next = url;
        return true;
    });
}

// Bundle.total: a whole number, else -1.
bool totalIn(json::Reader &r, od::value v, qint64 *total)
{
    *total = -1;
    if (!r.is(v, od::json_type::number))
        return r.check(v, 1);
    std::string_view text;
    if (!r.number(v, &text))
        return false;
    bool isInteger = false;
    const qint64 n = QByteArrayView(text.data(), qsizetype(text.size())).toLongLong(&isInteger);
    *total = isInteger && n >= 0 ? n : -1;
    return true;
}

// An entry's resource: read on its own, or set aside with why.
bool resourceIn(json::Reader &r, Page &page, od::value v, ScannedBundle *bundle, ScannedEntry *entry)
{
    od::object object;
    std::string_view raw;
    if (const auto e = v.get_object().get(object))
        return r.fail(e);
    if (const auto e = object.raw_json().get(raw))
        return r.fail(e);
    const qsizetype from = page.text.offsetOf(raw.data());
    page.resourceSpans.append({from, from + qsizetype(raw.size())});
    json::Reader inResource;
    store::ServerResource resource;
    const QString masked = page.badIn(from, from + qsizetype(raw.size()));
    if (masked.isEmpty() && readResource(inResource, page, raw, &resource)) {
        entry->resource = std::move(resource);
        return true;
    }
    // Set aside, with its type and id where they were read before the trouble; the page goes on.
    if (!masked.isEmpty()) {
        store::ServerResource named;
        json::Reader ignored;
        readResource(ignored, page, raw, &named);
        resource = named;
    }
    entry->unreadable = masked.isEmpty() ? inResource.error : masked;
    entry->unreadableType = QString::fromUtf8(resource.type);
    entry->unreadableId = QString::fromUtf8(resource.id);
    bundle->unreadableSeen = true;
    return true;
}

bool entryIn(json::Reader &r, Page &page, od::value v, ScannedBundle *bundle)
{
    if (!r.is(v, od::json_type::object))
        return r.check(v, 2);
    ScannedEntry entry;
    QString fullUrl;
    const bool ok = r.object(v, 2, [&](std::string_view key, od::value member) {
        if (key == "fullUrl")
            return r.string(member, 3, &fullUrl);
        if (key == "resource") { // the last one counts
            entry.resource.reset();
            entry.unreadable.clear();
            if (r.is(member, od::json_type::object))
                return resourceIn(r, page, member, bundle, &entry);
        }
        if (key == "search" && r.is(member, od::json_type::object)) {
            return r.object(member, 3, [&](std::string_view searchKey, od::value m) {
                if (searchKey != "mode")
                    return r.check(m, 4);
                QString mode;
                if (!r.string(m, 4, &mode))
                    return false;
                entry.outcome = mode == QLatin1String("outcome");
                return true;
            });
        }
        if (key == "request" && r.is(member, od::json_type::object))
            return r.stringMembers(member, 3, {{"method", &entry.requestMethod}, {"url", &entry.requestUrl}});
        if (key == "response" && r.is(member, od::json_type::object))
            return r.stringMembers(member, 3, {{"lastModified", &entry.responseLastModified}});
        return r.check(member, 3);
    });
    if (!ok)
        return false;
    if (!entry.resource)
        entry.fullUrl = fullUrl;
    bundle->entries.append(std::move(entry));
    return true;
}

// The text up to where a string opens that it does not close (a page's head cut mid-string).
qsizetype withoutOpenString(const QByteArray &text)
{
    qsizetype open = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (open >= 0 && c == '\\')
            ++i;
        else if (c == '"')
            open = open >= 0 ? -1 : i;
    }
    return open >= 0 ? open : text.size();
}

} // namespace

QString scanNextLink(const QByteArray &json)
{
    const QByteArray head = json.left(withoutOpenString(json));
    Page page(head);
    od::parser parser;
    od::document document;
    od::value root;
    if (open(parser, page, &document) || document.get_value().get(root))
        return {};
    json::Reader r;
    QString next;
    bool found = false;
    r.object(root, 0, [&](std::string_view key, od::value v) {
        if (key == "link" && r.is(v, od::json_type::array)) {
            found = linksIn(r, v, &next);
            return false; // stop here: nothing else is needed
        }
        return r.check(v, 1);
    });
    return found ? next : QString();
}

qint64 scanTotal(const QByteArray &json)
{
    Page page(json);
    od::parser parser;
    od::document document;
    od::value root;
    if (open(parser, page, &document) || document.get_value().get(root))
        return -1;
    json::Reader r;
    qint64 total = -1;
    r.object(root, 0, [&](std::string_view key, od::value v) {
        if (key == "total")
            return totalIn(r, v, &total); // on: a repeated key counts as its last (as in scanBundle)
        return r.check(v, 1);
    });
    return total;
}

ScannedBundle scanBundle(const QByteArray &json)
{
    ScannedBundle bundle;
    Page page(json);
    od::parser parser;
    od::document document;
    od::value root;
    json::Reader r;
    if (const auto e = open(parser, page, &document); e || document.get_value().get(root)) {
        bundle.error = e ? json::errorText(e) : QStringLiteral("not a JSON object");
        return bundle;
    }
    QString resourceType;
    bool ok = r.is(root, od::json_type::object) || r.fail("not a JSON object");
    ok = ok && r.object(root, 0, [&](std::string_view key, od::value v) {
        if (key == "resourceType")
            return r.string(v, 1, &resourceType);
        if (key == "type")
            return r.string(v, 1, &bundle.type);
        if (key == "total")
            return totalIn(r, v, &bundle.total);
        // A repeated key counts as QJsonDocument reads it: the last one.
        if (key == "meta") {
            bundle.lastUpdated.clear();
            if (r.is(v, od::json_type::object))
                return r.stringMembers(v, 1, {{"lastUpdated", &bundle.lastUpdated}});
        }
        if (key == "link") {
            bundle.nextLink.clear();
            if (r.is(v, od::json_type::array))
                return linksIn(r, v, &bundle.nextLink);
        }
        if (key == "entry") {
            bundle.entries.clear();
            if (r.is(v, od::json_type::array))
                return r.array(v, 1, [&](od::value entry) { return entryIn(r, page, entry, &bundle); });
        }
        return r.check(v, 1);
    });
    if (ok && !json::atEnd(document))
        ok = r.fail("text after the end of the JSON value");
    if (ok && page.badOutsideResources())
        ok = r.fail("a string that is not valid UTF-8 or holds a control character, outside any resource");
    if (ok && resourceType != QLatin1String("Bundle"))
        ok = r.fail("not a Bundle");
    if (!ok) {
        bundle.error = r.error;
        bundle.entries.clear();
    }
    return bundle;
}

} // namespace hn::sync
