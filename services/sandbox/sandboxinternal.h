#pragma once
// Helpers shared by the sandbox server's files (HTTP answers, ETags, references). Not an API.

#include "sandboxserver.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <optional>

namespace hn::sandbox::detail {

using Response = SandboxServer::Response;

inline QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 412: return "Precondition Failed";
    case 413: return "Content Too Large";
    case 422: return "Unprocessable Entity";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

inline Response outcome(int status, const QString &code, const QString &text)
{
    const QJsonObject oo {{QStringLiteral("resourceType"), QStringLiteral("OperationOutcome")},
        {QStringLiteral("issue"),
            QJsonArray {QJsonObject {
                {QStringLiteral("severity"), status >= 500 ? QStringLiteral("fatal") : QStringLiteral("error")},
                {QStringLiteral("code"), code}, {QStringLiteral("diagnostics"), text}}}}};
    Response r;
    r.status = status;
    r.body = QJsonDocument(oo).toJson(QJsonDocument::Compact);
    return r;
}

inline QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

inline QByteArray etag(int version)
{
    return "W/\"" + QByteArray::number(version) + '"';
}

inline QString versionFromEtag(QByteArray e)
{
    e = e.trimmed();
    if (e.startsWith("W/"))
        e = e.mid(2);
    if (e.size() >= 2 && e.startsWith('"') && e.endsWith('"'))
        e = e.mid(1, e.size() - 2);
    return QString::fromUtf8(e);
}

inline QString refId(const QString &ref, const QString &type)
{
    const QString prefix = type + QLatin1Char('/');
    return ref.startsWith(prefix) ? ref.mid(prefix.size()) : QString();
}
constexpr int kMaxPage = 500; // entries per page at most
constexpr int kMaxOffset = 1000000000; // offset + page stays far from INT_MAX

// A paging parameter (_count, _offset): digits only, at most `max` (larger values are capped);
// nullopt for anything else (a sign, letters, an exponent), which the caller answers with 400.
inline std::optional<int> pagingNumber(const QString &text, int max)
{
    if (text.isEmpty() || text.size() > 12)
        return text.size() > 12 && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); })
            ? std::optional<int>(max)
            : std::nullopt;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    return int(qMin<qint64>(text.toLongLong(), max));
}

} // namespace hn::sandbox::detail
