#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

namespace hn::net {

// Starts the built-in simulated national backend (hn-sandbox) as a child process on 127.0.0.1
// with a free port, and reports its FHIR base URL once it is listening. The child is stopped when
// the launcher is destroyed, and ends by itself when this process ends in any other way (a kill, a
// crash): see start().
class SandboxLauncher : public QObject
{
    Q_OBJECT
public:
    explicit SandboxLauncher(QObject *parent = nullptr);
    ~SandboxLauncher() override;

    // The hn-sandbox executable: HN_SANDBOX_BIN, else next to the running program.
    static QString defaultProgram();

    // hn-sandbox's exit code when another sandbox serves the data directory.
    static constexpr int kDataInUse = 3;

    // seed: "small" or "national" (used only when dataDir is empty).
    void start(const QString &program, const QString &dataDir, const QString &seed);
    void stop();
    QUrl baseUrl() const { return m_baseUrl; }
    bool isRunning() const { return m_process.state() == QProcess::Running; }

Q_SIGNALS:
    void ready(const QUrl &baseUrl);
    void failed(const QString &message);

private:
    QProcess m_process;
    QUrl m_baseUrl;
    QByteArray m_buffer;
    QString m_dataDir;
};

} // namespace hn::net
