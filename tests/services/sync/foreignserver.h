#pragma once

// A stand-in for a FHIR R4 server that nobody here wrote: a plain HTTP/1.1 server on 127.0.0.1 that
// passes every request on to hn-sandbox and lets a test change the answer the way other servers were
// seen to answer (404 instead of 412 on a conditional update, instants written with an offset, no
// /auth/token). It records every request line as it arrived, with its Authorization header.

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

namespace synctest {

class ForeignServer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // as on the request line: path and query, still encoded
        QByteArray authorization;
        QByteArray ifMatch;
    };
    struct Answer
    {
        int status = 0;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    // Called with each request and the upstream's answer; may change the answer.
    std::function<void(const Request &, Answer &)> rewrite;
    QList<Request> seen;
    // Set: forwarded with requests that carry no Authorization (a server that needs no sign-in,
    // in front of one that does).
    QByteArray openAs;

    explicit ForeignServer(const QUrl &upstreamBase)
        : m_upstream(upstreamBase.adjusted(QUrl::RemovePath))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl base() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/fhir/R4").arg(m_server.serverPort())); }
    int count(const QByteArray &method, const QByteArray &targetPart) const
    {
        int n = 0;
        for (const Request &r : seen)
            n += r.method == method && r.target.contains(targetPart) ? 1 : 0;
        return n;
    }

private:
    QTcpServer m_server;
    QNetworkAccessManager m_nam;
    QUrl m_upstream;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QSet<QTcpSocket *> m_busy;

    static QByteArray headerValue(const QList<QByteArray> &lines, const QByteArray &name)
    {
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == name)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }

    // One request at a time per connection (the client does not pipeline).
    void serve(QTcpSocket *socket)
    {
        m_buffers[socket] += socket->readAll();
        if (m_busy.contains(socket))
            return;
        QByteArray &buffer = m_buffers[socket];
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const qsizetype length = headerValue(lines, "content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        Request request {requestLine.value(0), requestLine.value(1), headerValue(lines, "authorization"),
            headerValue(lines, "if-match")};
        const QByteArray body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        seen << request;
        m_busy.insert(socket);
        QNetworkRequest forward(QUrl::fromEncoded(m_upstream.toEncoded() + request.target));
        for (const char *name : {"authorization", "if-match", "if-none-exist", "content-type", "accept"}) {
            if (const QByteArray value = headerValue(lines, name); !value.isEmpty())
                forward.setRawHeader(name, value);
        }
        if (request.authorization.isEmpty() && !openAs.isEmpty())
            forward.setRawHeader("authorization", openAs);
        QNetworkReply *reply = m_nam.sendCustomRequest(forward, request.method, body);
        QPointer<QTcpSocket> guard(socket);
        connect(reply, &QNetworkReply::finished, this, [this, reply, request, guard] {
            reply->deleteLater();
            if (!guard)
                return;
            Answer answer {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), {}};
            for (const char *name : {"ETag", "Location", "Last-Modified"}) {
                if (reply->hasRawHeader(name))
                    answer.headers.append({name, reply->rawHeader(name)});
            }
            if (rewrite)
                rewrite(request, answer);
            QByteArray out = "HTTP/1.1 " + QByteArray::number(answer.status) + " X\r\n"
                + "Content-Type: application/fhir+json\r\nContent-Length: " + QByteArray::number(answer.body.size())
                + "\r\n";
            for (const auto &[name, value] : answer.headers)
                out += name + ": " + value + "\r\n";
            guard->write(out + "\r\n" + answer.body);
            m_busy.remove(guard.data());
            if (!m_buffers.value(guard.data()).isEmpty())
                serve(guard.data());
        });
    }
};

} // namespace synctest
