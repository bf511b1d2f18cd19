#include "logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>

#include <cstdio>

Q_LOGGING_CATEGORY(lcApp, "hn.app")
Q_LOGGING_CATEGORY(lcUi, "hn.ui")
Q_LOGGING_CATEGORY(lcStore, "hn.store")
Q_LOGGING_CATEGORY(lcFhir, "hn.fhir")
Q_LOGGING_CATEGORY(lcNet, "hn.net")
Q_LOGGING_CATEGORY(lcSync, "hn.sync")
Q_LOGGING_CATEGORY(lcAuth, "hn.auth")
Q_LOGGING_CATEGORY(lcPreview, "hn.preview")

namespace hn::logging {

namespace {

struct State
{
    QMutex mutex;
    Options options;
    QFile file;
    bool installed = false;
    QtMessageHandler previous = nullptr;
};

State &state()
{
    static State s;
    return s;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "critical";
    case QtFatalMsg: return "fatal";
    }
    return "?";
}

QString filePath(const Options &o, int index)
{
    const QString base = QDir(o.directory).filePath(o.fileName);
    return index == 0 ? base : base + QLatin1Char('.') + QString::number(index);
}

// Called with the mutex held.
void rotateIfNeeded(State &s)
{
    if (!s.file.isOpen() || s.file.size() < s.options.maxFileBytes)
        return;
    s.file.close();
    QFile::remove(filePath(s.options, s.options.keepFiles));
    for (int i = s.options.keepFiles - 1; i >= 0; --i) {
        if (QFile::exists(filePath(s.options, i)))
            QFile::rename(filePath(s.options, i), filePath(s.options, i + 1));
    }
    s.file.setFileName(filePath(s.options, 0));
    s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    State &s = state();
    const QString line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + QLatin1Char(' ')
        + QLatin1String(levelName(type)) + QLatin1Char(' ')
        + QLatin1String(context.category ? context.category : "default") + QLatin1String(": ") + redact(message)
        + QLatin1Char('\n');
    const QByteArray bytes = line.toUtf8();
    {
        QMutexLocker lock(&s.mutex);
        if (s.options.toStderr) {
            std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
            std::fflush(stderr);
        }
        if (s.file.isOpen()) {
            s.file.write(bytes);
            s.file.flush();
            rotateIfNeeded(s);
        }
    }
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

QString redact(const QString &line)
{
    static const QRegularExpression bearer(
        QStringLiteral("(Bearer\\s+)[A-Za-z0-9._~+/=-]+"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jsonSecret(
        QStringLiteral("(\"(?:access_token|refresh_token|id_token|token|password)\"\\s*:\\s*\")[^\"]*"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression querySecret(
        QStringLiteral("((?:access_token|refresh_token|token|password)=)[^&\\s]+"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression personalNumber(QStringLiteral("(?<![0-9])[0-9]{6}\\s?[0-9]{5}(?![0-9])"));
    QString out = line;
    out.replace(bearer, QStringLiteral("\\1[redacted]"));
    out.replace(jsonSecret, QStringLiteral("\\1[redacted]"));
    out.replace(querySecret, QStringLiteral("\\1[redacted]"));
    out.replace(personalNumber, QStringLiteral("[personal number]"));
    return out;
}

bool install(const Options &options)
{
    State &s = state();
    bool ok = true;
    {
        QMutexLocker lock(&s.mutex);
        s.options = options;
        if (s.file.isOpen())
            s.file.close();
        if (!options.directory.isEmpty()) {
            ok = QDir().mkpath(options.directory);
            s.file.setFileName(filePath(options, 0));
            ok = ok && s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
        }
        if (!s.installed) {
            s.previous = qInstallMessageHandler(handler);
            s.installed = true;
        }
    }
    return ok;
}

void uninstall()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    if (s.installed)
        qInstallMessageHandler(s.previous);
    s.installed = false;
    s.file.close();
}

QString currentLogFile()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    return s.file.isOpen() ? s.file.fileName() : QString();
}

} // namespace hn::logging
