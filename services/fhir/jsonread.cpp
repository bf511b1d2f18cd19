#include "jsonread.h"

#include <cstring>

namespace hn::fhir::json {

Text::Text(QByteArrayView bytes)
    : m_data(new char[size_t(bytes.size()) + simdjson::SIMDJSON_PADDING])
    , m_size(size_t(bytes.size()))
{
    if (!bytes.isEmpty())
        std::memcpy(m_data.get(), bytes.data(), m_size);
    std::memset(m_data.get() + m_size, 0, simdjson::SIMDJSON_PADDING);
}

bool Text::maskBadStrings(QList<Bad> *bad)
{
    char *p = m_data.get();
    const char *end = p + m_size;
    while (p < end) {
        const unsigned char c = static_cast<unsigned char>(*p);
        if (c != '"') {
            if (c >= 0x80 || (c < 0x20 && c != ' ' && c != '\n' && c != '\r' && c != '\t'))
                return false; // outside a string: the text is broken
            ++p;
            continue;
        }
        char *from = ++p;
        bool control = false;
        while (p < end && *p != '"') {
            control = control || static_cast<unsigned char>(*p) < 0x20;
            p += *p == '\\' && p + 1 < end ? 2 : 1;
        }
        if (p >= end)
            return true; // unterminated: simdjson says so
        const qsizetype length = p - from;
        const bool utf8 = simdjson::validate_utf8(from, size_t(length));
        if (!utf8 || control) {
            for (char *q = from; q < p; ++q) {
                if (static_cast<unsigned char>(*q) >= 0x80 || static_cast<unsigned char>(*q) < 0x20)
                    *q = '?';
            }
            bad->append({from - m_data.get(), p - m_data.get(),
                utf8 ? QStringLiteral("a control character in a string")
                     : QStringLiteral("text that is not valid UTF-8")});
        }
        ++p;
    }
    return true;
}

QString errorText(simdjson::error_code error)
{
    switch (error) {
    case simdjson::NUMBER_ERROR:
    case simdjson::NUMBER_OUT_OF_RANGE: return QStringLiteral("a number that is malformed or out of range");
    case simdjson::STRING_ERROR: return QStringLiteral("a string with a bad escape");
    case simdjson::UNESCAPED_CHARS: return QStringLiteral("a control character in a string");
    case simdjson::UTF8_ERROR: return QStringLiteral("text that is not valid UTF-8");
    case simdjson::DEPTH_ERROR: return QStringLiteral("nested too deeply");
    case simdjson::T_ATOM_ERROR:
    case simdjson::F_ATOM_ERROR:
    case simdjson::N_ATOM_ERROR:
    case simdjson::INCORRECT_TYPE: return QStringLiteral("a malformed value");
    case simdjson::EMPTY: return QStringLiteral("no JSON value");
    case simdjson::UNCLOSED_STRING: return QStringLiteral("an unterminated string");
    default: return QString::fromUtf8(simdjson::error_message(error));
    }
}

bool Reader::fail(simdjson::error_code code)
{
    if (error.isEmpty())
        error = errorText(code);
    return false;
}

bool Reader::fail(const char *why)
{
    if (error.isEmpty())
        error = QString::fromUtf8(why);
    return false;
}

bool Reader::kind(od::value &v, od::json_type *type)
{
    if (const auto e = v.type().get(*type))
        return fail(e);
    return true;
}

bool Reader::check(od::value v, int depth)
{
    od::json_type type;
    if (!kind(v, &type))
        return false;
    switch (type) {
    case od::json_type::object:
        return object(v, depth, [&](std::string_view, od::value member) { return check(member, depth + 1); });
    case od::json_type::array: return array(v, depth, [&](od::value element) { return check(element, depth + 1); });
    case od::json_type::string: {
        std::string_view s;
        if (const auto e = v.get_string().get(s))
            return fail(e);
        return true;
    }
    case od::json_type::number: {
        std::string_view text;
        return number(v, &text);
    }
    case od::json_type::boolean: {
        bool b = false;
        if (const auto e = v.get_bool().get(b))
            return fail(e);
        return true;
    }
    case od::json_type::null: {
        bool null = false;
        if (const auto e = v.is_null().get(null))
            return fail(e);
        return null || fail("a malformed value");
    }
    }
    return fail("a malformed value");
}

bool Reader::string(od::value v, int depth, QString *out)
{
    if (!is(v, od::json_type::string)) {
        out->clear();
        return check(v, depth);
    }
    std::string_view s;
    if (const auto e = v.get_string().get(s))
        return fail(e);
    *out = QString::fromUtf8(s.data(), qsizetype(s.size()));
    return true;
}

bool Reader::utf8(od::value v, int depth, const QByteArray &text, const Text &padded, QByteArray *out)
{
    if (!is(v, od::json_type::string)) {
        out->clear();
        return check(v, depth);
    }
    const std::string_view token = v.raw_json_token(); // from the opening quote
    std::string_view s;
    if (const auto e = v.get_string().get(s))
        return fail(e);
    // Without a backslash before the closing quote the content is the text's own bytes.
    const size_t n = s.size();
    if (token.size() >= n + 2 && token[n + 1] == '"' && std::memchr(token.data() + 1, '\\', n) == nullptr) {
        *out = QByteArray::fromRawData(text.constData() + padded.offsetOf(token.data()) + 1, qsizetype(n));
        return true;
    }
    *out = QByteArray(s.data(), qsizetype(n));
    return true;
}

bool Reader::stringMembers(od::value v, int depth, std::initializer_list<std::pair<std::string_view, QString *>> wanted)
{
    return object(v, depth, [&](std::string_view key, od::value member) {
        for (const auto &[name, out] : wanted) {
            if (key == name)
                return string(member, depth + 1, out);
        }
        return check(member, depth + 1);
    });
}

bool Reader::number(od::value v, std::string_view *text)
{
    *text = v.raw_json_token();
    double d = 0;
    if (const auto e = v.get_double().get(d))
        return fail(e);
    // The token runs to the next structural character: without the whitespace before it.
    while (
        !text->empty() && (text->back() == ' ' || text->back() == '\n' || text->back() == '\r' || text->back() == '\t'))
        text->remove_suffix(1);
    return true;
}

bool atEnd(od::document &document)
{
    const char *next = nullptr;
    return document.current_location().get(next) != simdjson::SUCCESS;
}

} // namespace hn::fhir::json
