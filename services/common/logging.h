#pragma once

#include <QLoggingCategory>
#include <QString>

// One logging category per room of the services library. Enable with e.g.
// QT_LOGGING_RULES="hn.sync.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcFhir)
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcPreview)

namespace hn::logging {

// Removes secrets and personal data from a log line: bearer tokens, access tokens in JSON or
// query strings, passwords, and 11-digit numbers (Norwegian national identity numbers).
QString redact(const QString &line);

struct Options
{
    QString directory; // where hnadmin.log and its rotations live; empty: stderr only
    QString fileName = QStringLiteral("hnadmin.log");
    qint64 maxFileBytes = 1024 * 1024;
    int keepFiles = 5; // hnadmin.log.1 ... hnadmin.log.N
    bool toStderr = true;
};

// Installs a message handler that writes every (redacted) message to stderr and to a rotating
// log file. Safe to call from any thread once installed. Returns false if the directory cannot be
// written; stderr logging works regardless.
bool install(const Options &options);

// Restores Qt's default handler and closes the file (tests).
void uninstall();

// The current log file path, or empty.
QString currentLogFile();

} // namespace hn::logging
