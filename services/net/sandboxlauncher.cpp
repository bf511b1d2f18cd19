#include "sandboxlauncher.h"

#include "common/logging.h"
#include "common/unixsignals.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

#include <csignal>
#include <unistd.h>

namespace hn::net {

SandboxLauncher::SandboxLauncher(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
        m_buffer += m_process.readAllStandardOutput();
        if (m_baseUrl.isValid())
            return;
        static const QRegularExpression readyLine(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+/fhir/R4)"));
        const auto match = readyLine.match(QString::fromUtf8(m_buffer));
        if (match.hasMatch()) {
            m_baseUrl = QUrl(match.captured(1));
            m_buffer.clear();
            qCInfo(lcNet) << "sandbox ready at" << m_baseUrl.toString();
            Q_EMIT ready(m_baseUrl);
        }
    });
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        const QByteArray err = m_process.readAllStandardError();
        for (const QByteArray &line : err.split('\n')) {
            if (!line.trimmed().isEmpty())
                qCInfo(lcNet) << "sandbox:" << line;
        }
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT failed(tr("The built-in test backend could not be started (%1).").arg(m_process.program()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        if (!m_baseUrl.isValid() && status == QProcess::NormalExit && code == kDataInUse)
            Q_EMIT failed(tr("The built-in test backend's data (%1) is in use by another copy of the test backend, "
                             "perhaps started by another hnadmin that is still running. Close that program first.")
                              .arg(QDir::toNativeSeparators(m_dataDir)));
        else if (!m_baseUrl.isValid())
            Q_EMIT failed(tr("The built-in test backend stopped before it was ready (exit code %1).").arg(code));
        else if (status == QProcess::CrashExit)
            qCWarning(lcNet) << "sandbox crashed";
        m_baseUrl.clear();
    });
}

SandboxLauncher::~SandboxLauncher()
{
    stop();
}

QString SandboxLauncher::defaultProgram()
{
    const QString env = qEnvironmentVariable("HN_SANDBOX_BIN");
    if (!env.isEmpty())
        return env;
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("hn-sandbox"));
}

void SandboxLauncher::start(const QString &program, const QString &dataDir, const QString &seed)
{
    QDir().mkpath(dataDir);
    m_baseUrl.clear();
    m_buffer.clear();
    m_dataDir = dataDir;
    qCInfo(lcNet) << "starting sandbox" << program << "data" << dataDir << "seed" << seed;
    // The sandbox ends with this program, however it ends: it stops when its standard input (whose
    // other end only this process holds) reaches its end, and on Linux the kernel also sends it
    // SIGTERM when this process is gone. Either way it stops between two requests, after its commit.
    const long parent = long(::getpid());
    m_process.setChildProcessModifier([parent] {
        if (!common::dieWithParent(SIGTERM, parent))
            ::_exit(0); // the parent is gone already: nothing to serve
    });
    m_process.start(program,
        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), dataDir, QStringLiteral("--seed"),
            seed, QStringLiteral("--exit-with-parent")});
}

void SandboxLauncher::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

} // namespace hn::net
