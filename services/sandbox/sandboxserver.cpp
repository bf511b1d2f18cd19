#include "sandboxserver.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>

namespace hn::sandbox {

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , m_http(new QHttpServer(this))
{
    m_http->route(QStringLiteral("/fhir/R4/metadata"), [] {
        return QHttpServerResponse(QJsonObject {{QStringLiteral("resourceType"), QStringLiteral("CapabilityStatement")},
            {QStringLiteral("status"), QStringLiteral("active")},
            {QStringLiteral("fhirVersion"), QStringLiteral("4.0.1")}});
    });
}

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::listen(quint16 port)
{
    return m_http->listen(QHostAddress::LocalHost, port);
}

} // namespace hn::sandbox
