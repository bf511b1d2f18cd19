#pragma once

// Reading JSON bytes without building a tree, with simdjson's On-Demand API (libsimdjson, Debian's
// 3.0.1): validated, forward-only, no copies. Used where QJsonDocument is too slow: sync pages and
// the actor list. simdjson checks a value when it is read, not when it is skipped, so the reader
// here reads every value it is handed (check(), or one of the typed readers): what it accepts,
// QJsonDocument reads too, to the same values.
//
// The builtin kernel is the one the compiler targets (the portable one in Debian's baseline); it
// reads a sync page at about 1 GB/s on this machine (tests/bench/README.md).

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <simdjson.h>

#include <memory>
#include <string_view>

namespace hn::fhir::json {

namespace od = simdjson::ondemand;

// Deeper than this (counted from the document's root) a value is refused: QJsonDocument reads it
// then, and the sync's recursion stays shallow.
inline constexpr int kMaxDepth = 512;

// A copy of the bytes with the padding simdjson may read past the end. Positions in it are
// positions in the original.
class Text
{
public:
    explicit Text(QByteArrayView bytes);
    const char *data() const { return m_data.get(); }
    size_t size() const { return m_size; }
    size_t capacity() const { return m_size + simdjson::SIMDJSON_PADDING; }
    qsizetype offsetOf(const char *p) const { return p - m_data.get(); }

    // A string holding bytes JSON does not allow there (invalid UTF-8, a raw control character):
    // its content is masked with '?' so that the rest can be read, and its place is noted with
    // why. False when such a byte is outside any string (the text is broken, not a string in it).
    struct Bad
    {
        qsizetype from = 0, to = 0; // the string's content
        QString why;
    };
    bool maskBadStrings(QList<Bad> *bad);

private:
    std::unique_ptr<char[]> m_data;
    size_t m_size = 0;
};

// The words for a simdjson error, as a reason in the sync log.
QString errorText(simdjson::error_code error);

// Walks values, keeping the first problem in `error`. Every function consumes the value it is
// given (a value not read is not checked: see the top of this file) and returns false on a problem.
class Reader
{
public:
    QString error;

    bool fail(simdjson::error_code code);
    bool fail(const char *why);

    // The kind of `v` without reading it; false when it is none (a stray token).
    bool kind(od::value &v, od::json_type *type);
    bool is(od::value &v, od::json_type type)
    {
        od::json_type t;
        return v.type().get(t) == simdjson::SUCCESS && t == type;
    }

    // Checks the whole value, `depth` deep in its document.
    bool check(od::value v, int depth);

    // Every member of an object: onField(std::string_view key, od::value value) -> bool reads the
    // value (the key is unescaped and checked). Keys repeat as they come; the caller keeps the last.
    template<class OnField>
    bool object(od::value v, int depth, OnField &&onField)
    {
        if (depth >= kMaxDepth)
            return fail("nested too deeply");
        od::object object;
        if (const auto e = v.get_object().get(object))
            return fail(e);
        for (auto field : object) {
            od::field f;
            if (const auto e = std::move(field).get(f))
                return fail(e);
            std::string_view key;
            if (const auto e = f.unescaped_key().get(key))
                return fail(e);
            if (!onField(key, f.value()))
                return false;
        }
        return true;
    }

    // Every element of an array: onElement(od::value) -> bool reads it.
    template<class OnElement>
    bool array(od::value v, int depth, OnElement &&onElement)
    {
        if (depth >= kMaxDepth)
            return fail("nested too deeply");
        od::array array;
        if (const auto e = v.get_array().get(array))
            return fail(e);
        for (auto element : array) {
            od::value value;
            if (const auto e = std::move(element).get(value))
                return fail(e);
            if (!onElement(value))
                return false;
        }
        return true;
    }

    // A string, decoded; any other value is checked and *out cleared (as QJsonValue::toString()
    // reads it).
    bool string(od::value v, int depth, QString *out);
    // The same as UTF-8 bytes; a view into `text` (no copy) when the string has no escapes.
    bool utf8(od::value v, int depth, const QByteArray &text, const Text &padded, QByteArray *out);
    // The members named in `wanted` that are strings; the rest checked. One repeated counts last.
    bool stringMembers(od::value v, int depth, std::initializer_list<std::pair<std::string_view, QString *>> wanted);
    // A number's text, checked (a double QJsonDocument can hold).
    bool number(od::value v, std::string_view *text);
};

// The bytes after the root value are only whitespace. After the root was read.
bool atEnd(od::document &document);

} // namespace hn::fhir::json
