#pragma once

#include <QObject>
#include <QString>

// Placeholder until the hn-sandbox issue lands: the server answers /fhir/R4/metadata only.
class QHttpServer;

namespace hn::sandbox {

class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1:port (0 = any free port). Returns the port, or 0 on failure.
    quint16 listen(quint16 port);

private:
    QHttpServer *m_http;
};

} // namespace hn::sandbox
