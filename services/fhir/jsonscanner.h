#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cctype>
#include <cmath>
#include <initializer_list>
#include <utility>

namespace hn::fhir {

// A one-pass JSON reader over bytes that builds no tree: the caller walks objects and arrays with
// callbacks, decodes only the strings it wants and skips (but still checks) the rest. Every value
// is checked against the JSON grammar (strings must be valid UTF-8, as QJsonDocument requires).
// Each function returns false with `error` set on the first thing that is not JSON; on success the
// position is after the value. Used where QJsonDocument is too slow: sync pages, long lists.
inline constexpr int kMaxJsonDepth = 512;

class JsonScanner
{
public:
    explicit JsonScanner(const QByteArray &text)
        : m_begin(text.constData())
        , m_p(text.constData())
        , m_end(text.constData() + text.size())
    {
    }

    QString error;

    void ws()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool atEnd()
    {
        ws();
        return m_p == m_end;
    }
    const char *position() const { return m_p; }

    bool fail(const char *what)
    {
        if (error.isEmpty())
            error = QStringLiteral("%1 at byte %2").arg(QLatin1String(what)).arg(m_p - m_begin);
        return false;
    }

    // A string; its content (escapes resolved, as UTF-8) goes to *out when given. Without escapes
    // the content is a view into the input and nothing is copied.
    bool string(QByteArrayView *out, QByteArray *scratch)
    {
        ws();
        if (m_p >= m_end || *m_p != '"')
            return fail("expected a string");
        ++m_p;
        const char *start = m_p;
        bool escaped = false;
        while (true) {
            if (m_p >= m_end)
                return fail("unterminated string");
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"')
                break;
            if (c < 0x20)
                return fail("control character in a string");
            if (c == '\\') {
                escaped = true;
                ++m_p;
                if (m_p >= m_end)
                    return fail("unterminated string");
                const char e = *m_p;
                if (e == 'u') {
                    if (m_end - m_p < 5)
                        return fail("bad \\u escape");
                    for (int i = 1; i <= 4; ++i) {
                        if (!isxdigit(static_cast<unsigned char>(m_p[i])))
                            return fail("bad \\u escape");
                    }
                    m_p += 5;
                    continue;
                }
                if (e != '"' && e != '\\' && e != '/' && e != 'b' && e != 'f' && e != 'n' && e != 'r' && e != 't')
                    return fail("bad escape");
                ++m_p;
                continue;
            }
            if (c < 0x80) {
                ++m_p;
                continue;
            }
            if (!utf8Sequence())
                return fail("invalid UTF-8 in a string");
        }
        const char *stop = m_p;
        ++m_p; // the closing quote
        if (!out)
            return true;
        if (!escaped) {
            *out = QByteArrayView(start, stop - start);
            return true;
        }
        if (!unescape(start, stop, scratch))
            return fail("bad \\u escape");
        *out = QByteArrayView(*scratch);
        return true;
    }

    bool stringValue(QString *out)
    {
        QByteArrayView view;
        QByteArray scratch;
        if (!string(&view, &scratch))
            return false;
        *out = QString::fromUtf8(view);
        return true;
    }

    // Skips any value, checking it.
    bool value(int depth = 0)
    {
        ws();
        if (m_p >= m_end)
            return fail("expected a value");
        switch (*m_p) {
        case '"': return string(nullptr, nullptr);
        case '{': return object(depth, [this, depth](QByteArrayView) { return value(depth + 1); });
        case '[': return array(depth, [this, depth] { return value(depth + 1); });
        case 't': return literal("true");
        case 'f': return literal("false");
        case 'n': return literal("null");
        default: return number(nullptr);
        }
    }

    // A number; its text goes to *out when given.
    bool number(QByteArrayView *out)
    {
        ws();
        const char *start = m_p;
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        if (m_p < m_end && *m_p == '0') {
            ++m_p;
        } else if (m_p < m_end && *m_p >= '1' && *m_p <= '9') {
            while (m_p < m_end && isdigit(static_cast<unsigned char>(*m_p)))
                ++m_p;
        } else {
            return fail("expected a value");
        }
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            if (!digits())
                return fail("bad number");
        }
        const bool exponent = m_p < m_end && (*m_p == 'e' || *m_p == 'E');
        if (exponent) {
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (!digits())
                return fail("bad number");
        }
        // Past a double's range (1e400): QJsonDocument refuses the whole text, so it is no number
        // here either. Only a number with an exponent or of more than 300 digits can be.
        if ((exponent || m_p - start > 300) && !finite(start, m_p))
            return fail("number out of range");
        if (out)
            *out = QByteArrayView(start, m_p - start);
        return true;
    }

    // An object; onMember(key) is called with the position before the member's value and must read it.
    template<typename F>
    bool object(int depth, F onMember)
    {
        ws();
        if (m_p >= m_end || *m_p != '{')
            return fail("expected an object");
        if (depth >= kMaxJsonDepth)
            return fail("nested too deeply");
        ++m_p;
        ws();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        QByteArray scratch;
        while (true) {
            QByteArrayView key;
            if (!string(&key, &scratch))
                return false;
            ws();
            if (m_p >= m_end || *m_p != ':')
                return fail("expected ':'");
            ++m_p;
            if (!onMember(key))
                return false;
            ws();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (m_p < m_end && *m_p == '}') {
                ++m_p;
                return true;
            }
            return fail("expected ',' or '}'");
        }
    }

    template<typename F>
    bool array(int depth, F onElement)
    {
        ws();
        if (m_p >= m_end || *m_p != '[')
            return fail("expected an array");
        if (depth >= kMaxJsonDepth)
            return fail("nested too deeply");
        ++m_p;
        ws();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            return true;
        }
        while (true) {
            if (!onElement())
                return false;
            ws();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (m_p < m_end && *m_p == ']') {
                ++m_p;
                return true;
            }
            return fail("expected ',' or ']'");
        }
    }

    bool peek(char c)
    {
        ws();
        return m_p < m_end && *m_p == c;
    }

    // An object whose members named in `wanted` are read into the outputs as QJsonValue::toString()
    // reads them: a string, or "" for any other value. The other members are skipped.
    bool stringMembers(int depth, std::initializer_list<std::pair<const char *, QString *>> wanted)
    {
        return object(depth, [&](QByteArrayView key) {
            for (const auto &[name, out] : wanted) {
                if (key != name)
                    continue;
                if (peek('"'))
                    return stringValue(out);
                out->clear();
                return value(depth + 1);
            }
            return value(depth + 1);
        });
    }

    // After a check failed inside the value that starts at `start` (an object or array the caller
    // met earlier): finds its end without checking it (strings and nesting only, no recursion, so
    // any depth), and clears the error. For a page to go on past one resource it cannot read. False
    // when the text ends first (then the text itself is broken).
    bool skipUncheckedFrom(const char *start)
    {
        m_p = start;
        error.clear();
        qsizetype depth = 0;
        do {
            if (m_p >= m_end)
                return fail("unterminated value");
            const char c = *m_p++;
            if (c == '"') {
                while (m_p < m_end && *m_p != '"')
                    m_p += *m_p == '\\' ? 2 : 1;
                if (m_p >= m_end)
                    return fail("unterminated string");
                ++m_p;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                --depth;
            }
        } while (depth > 0);
        return true;
    }

private:
    static bool finite(const char *begin, const char *end)
    {
        bool ok = false;
        const double d = QByteArray(begin, end - begin).toDouble(&ok);
        return ok && std::isfinite(d);
    }

    bool literal(const char *word)
    {
        const qsizetype n = qsizetype(qstrlen(word));
        if (m_end - m_p < n || QByteArrayView(m_p, n) != QByteArrayView(word, n))
            return fail("expected a value");
        m_p += n;
        return true;
    }

    bool digits()
    {
        const char *start = m_p;
        while (m_p < m_end && isdigit(static_cast<unsigned char>(*m_p)))
            ++m_p;
        return m_p > start;
    }

    // One multi-byte UTF-8 sequence at m_p (shortest form, no surrogates, at most U+10FFFF).
    bool utf8Sequence()
    {
        const auto *u = reinterpret_cast<const unsigned char *>(m_p);
        const qsizetype left = m_end - m_p;
        if (u[0] >= 0xC2 && u[0] <= 0xDF) {
            if (left < 2 || (u[1] & 0xC0) != 0x80)
                return false;
            m_p += 2;
            return true;
        }
        if (u[0] >= 0xE0 && u[0] <= 0xEF) {
            if (left < 3 || (u[1] & 0xC0) != 0x80 || (u[2] & 0xC0) != 0x80)
                return false;
            if ((u[0] == 0xE0 && u[1] < 0xA0) || (u[0] == 0xED && u[1] >= 0xA0))
                return false; // overlong, or a surrogate
            m_p += 3;
            return true;
        }
        if (u[0] >= 0xF0 && u[0] <= 0xF4) {
            if (left < 4 || (u[1] & 0xC0) != 0x80 || (u[2] & 0xC0) != 0x80 || (u[3] & 0xC0) != 0x80)
                return false;
            if ((u[0] == 0xF0 && u[1] < 0x90) || (u[0] == 0xF4 && u[1] >= 0x90))
                return false; // overlong, or above U+10FFFF
            m_p += 4;
            return true;
        }
        return false;
    }

    static int hex(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return c - 'A' + 10;
    }

    static void appendUtf8(QByteArray *out, char32_t cp)
    {
        if (cp < 0x80) {
            out->append(char(cp));
        } else if (cp < 0x800) {
            out->append(char(0xC0 | (cp >> 6)));
            out->append(char(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            out->append(char(0xE0 | (cp >> 12)));
            out->append(char(0x80 | ((cp >> 6) & 0x3F)));
            out->append(char(0x80 | (cp & 0x3F)));
        } else {
            out->append(char(0xF0 | (cp >> 18)));
            out->append(char(0x80 | ((cp >> 12) & 0x3F)));
            out->append(char(0x80 | ((cp >> 6) & 0x3F)));
            out->append(char(0x80 | (cp & 0x3F)));
        }
    }

    // The content of an already checked string with escapes, as UTF-8. False on a lone surrogate.
    static bool unescape(const char *p, const char *end, QByteArray *out)
    {
        out->clear();
        out->reserve(end - p);
        while (p < end) {
            if (*p != '\\') {
                out->append(*p++);
                continue;
            }
            ++p;
            const char e = *p++;
            switch (e) {
            case 'b': out->append('\b'); break;
            case 'f': out->append('\f'); break;
            case 'n': out->append('\n'); break;
            case 'r': out->append('\r'); break;
            case 't': out->append('\t'); break;
            case 'u': {
                char32_t cp = char32_t(hex(p[0]) << 12 | hex(p[1]) << 8 | hex(p[2]) << 4 | hex(p[3]));
                p += 4;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    if (end - p < 6 || p[0] != '\\' || p[1] != 'u')
                        return false;
                    const char32_t low = char32_t(hex(p[2]) << 12 | hex(p[3]) << 8 | hex(p[4]) << 4 | hex(p[5]));
                    if (low < 0xDC00 || low > 0xDFFF)
                        return false;
                    p += 6;
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    return false;
                }
                appendUtf8(out, cp);
                break;
            }
            default: out->append(e); break; // " \ /
            }
        }
        return true;
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
};

} // namespace hn::fhir
