#include "merge.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hn::sync {

namespace {

struct Ctx
{
    QStringList conflicts;
    QSet<QString> preferMine;
};

bool isKeyedArray(const QJsonArray &a)
{
    if (a.isEmpty())
        return false;
    for (const QJsonValue &v : a) {
        if (!v.isObject() || !v.toObject().contains(QLatin1String("url")))
            return false;
    }
    return true;
}

QString elementKey(const QJsonObject &o)
{
    QString key = o.value(QLatin1String("url")).toString();
    // Repeating complex extensions are told apart by what they are about: one per affected service
    // by its service, a text's translations (FHIR's translation extension) by their language.
    const QJsonArray subs = o.value(QLatin1String("extension")).toArray();
    for (const QJsonValue &s : subs) {
        const QJsonObject so = s.toObject();
        const QString url = so.value(QLatin1String("url")).toString();
        if (url == QLatin1String("service"))
            key += QLatin1Char('|')
                + so.value(QLatin1String("valueCoding")).toObject().value(QLatin1String("code")).toString();
        else if (url == QLatin1String("lang"))
            key += QLatin1Char('|') + so.value(QLatin1String("valueCode")).toString();
    }
    return key;
}

QList<QPair<QString, QJsonValue>> keyed(const QJsonArray &a)
{
    QList<QPair<QString, QJsonValue>> out;
    QHash<QString, int> seen;
    for (const QJsonValue &v : a) {
        QString k = elementKey(v.toObject());
        const int n = seen[k]++;
        if (n > 0)
            k += QLatin1Char('#') + QString::number(n);
        out.append({k, v});
    }
    return out;
}

QJsonValue lookup(const QList<QPair<QString, QJsonValue>> &list, const QString &key, bool *found)
{
    for (const auto &[k, v] : list) {
        if (k == key) {
            *found = true;
            return v;
        }
    }
    *found = false;
    return {};
}

QJsonValue mergeValue(
    const QJsonValue &base, const QJsonValue &mine, const QJsonValue &theirs, const QString &path, Ctx *ctx);

QJsonObject mergeObject(
    const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs, const QString &path, Ctx *ctx)
{
    QJsonObject out = theirs;
    QStringList keys = base.keys() + mine.keys() + theirs.keys();
    keys.removeDuplicates();
    for (const QString &key : keys) {
        if (path.isEmpty() && key == QLatin1String("meta"))
            continue;
        const QString sub = path.isEmpty() ? key : path + QLatin1Char('.') + key;
        const QJsonValue merged = mergeValue(base.value(key), mine.value(key), theirs.value(key), sub, ctx);
        if (merged.isUndefined())
            out.remove(key);
        else
            out.insert(key, merged);
    }
    return out;
}

QJsonArray mergeKeyedArray(
    const QJsonArray &base, const QJsonArray &mine, const QJsonArray &theirs, const QString &path, Ctx *ctx)
{
    const auto b = keyed(base), m = keyed(mine), t = keyed(theirs);
    // Order: theirs first, then elements only I added, in my order.
    QStringList order;
    for (const auto &e : t)
        order << e.first;
    for (const auto &e : m) {
        if (!order.contains(e.first))
            order << e.first;
    }
    QJsonArray out;
    for (const QString &key : order) {
        bool inB = false, inM = false, inT = false;
        const QJsonValue bv = lookup(b, key, &inB), mv = lookup(m, key, &inM), tv = lookup(t, key, &inT);
        const QJsonValue merged
            = mergeValue(inB ? bv : QJsonValue(QJsonValue::Undefined), inM ? mv : QJsonValue(QJsonValue::Undefined),
                inT ? tv : QJsonValue(QJsonValue::Undefined), path + QLatin1Char('[') + key + QLatin1Char(']'), ctx);
        if (!merged.isUndefined())
            out.append(merged);
    }
    return out;
}

QJsonValue mergeValue(
    const QJsonValue &base, const QJsonValue &mine, const QJsonValue &theirs, const QString &path, Ctx *ctx)
{
    if (mine == base)
        return theirs; // I did not touch it
    if (theirs == base || theirs == mine)
        return mine; // only I changed it, or both made the same change
    // Both changed it differently: look inside when both sides are still objects or keyed arrays.
    if (base.isObject() && mine.isObject() && theirs.isObject())
        return mergeObject(base.toObject(), mine.toObject(), theirs.toObject(), path, ctx);
    const bool arrays = mine.isArray() && theirs.isArray() && (base.isArray() || base.isUndefined());
    if (arrays && isKeyedArray(mine.toArray()) && isKeyedArray(theirs.toArray())
        && (base.isUndefined() || base.toArray().isEmpty() || isKeyedArray(base.toArray())))
        return mergeKeyedArray(base.toArray(), mine.toArray(), theirs.toArray(), path, ctx);
    if (ctx->preferMine.contains(path))
        return mine;
    ctx->conflicts.append(path);
    return theirs;
}

void flattenInto(const QJsonValue &value, const QString &path, QList<QPair<QString, QString>> *out)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (path.isEmpty() && (it.key() == QLatin1String("meta") || it.key() == QLatin1String("resourceType")))
                continue;
            flattenInto(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), out);
        }
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        if (isKeyedArray(a)) {
            for (const auto &[key, v] : keyed(a))
                flattenInto(v, path + QLatin1Char('[') + key + QLatin1Char(']'), out);
        } else {
            for (int i = 0; i < a.size(); ++i)
                flattenInto(a.at(i), path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'), out);
        }
    } else if (value.isString()) {
        out->append({path, value.toString()});
    } else if (value.isBool()) {
        out->append({path, value.toBool() ? QStringLiteral("true") : QStringLiteral("false")});
    } else if (value.isDouble()) {
        out->append({path, QString::number(value.toDouble())});
    } else if (value.isNull()) {
        out->append({path, QString()});
    }
}

QJsonObject withoutMeta(QJsonObject o)
{
    o.remove(QLatin1String("meta"));
    return o;
}

} // namespace

MergeResult merge3(
    const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs, const QSet<QString> &preferMine)
{
    MergeResult result;
    Ctx ctx {{}, preferMine};
    result.merged = mergeObject(base, mine, theirs, QString(), &ctx);
    result.conflicts = ctx.conflicts;
    result.merged.insert(QLatin1String("meta"), theirs.value(QLatin1String("meta")));
    if (!theirs.contains(QLatin1String("meta")))
        result.merged.remove(QLatin1String("meta"));
    result.clean = result.conflicts.isEmpty();
    result.mineAlreadyApplied = result.clean && withoutMeta(result.merged) == withoutMeta(theirs);
    return result;
}

QList<QPair<QString, QString>> flatten(const QJsonObject &resource)
{
    QList<QPair<QString, QString>> out;
    flattenInto(resource, QString(), &out);
    return out;
}

} // namespace hn::sync
