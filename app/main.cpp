// hnadmin: the composition root. Parses the command line, sets up logging and languages, builds
// the main window and wires it to the services.
#include "common/logging.h"
#include "languagemanager.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("hnadmin"));
    QApplication::setOrganizationDomain(QStringLiteral("hnadmin.local"));
    QApplication::setApplicationName(QStringLiteral("hnadmin"));
    QApplication::setApplicationDisplayName(QStringLiteral("Helsenorge administration"));
    QApplication::setApplicationVersion(QStringLiteral(HN_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Administration of Helsenorge actors."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption languageOption(
        QStringLiteral("language"), QStringLiteral("User interface language: nb, nn or en."), QStringLiteral("code"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QStringLiteral("Save a PNG of the main window to FILE and quit."), QStringLiteral("FILE"));
    const QCommandLineOption backendOption(QStringLiteral("backend"),
        QStringLiteral("FHIR base URL of the national backend (default: HN_BACKEND_URL, the saved setting, "
                       "or the built-in sandbox)."),
        QStringLiteral("URL"));
    parser.addOption(languageOption);
    parser.addOption(screenshotOption);
    parser.addOption(backendOption);
    parser.process(app);

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    hn::logging::Options logOptions;
    logOptions.directory = QDir(dataDir).filePath(QStringLiteral("logs"));
    hn::logging::install(logOptions);
    qCInfo(lcApp) << "hnadmin" << HN_VERSION << "starting; data in" << dataDir;

    hn::ui::LanguageManager languages;
    const QString language
        = parser.isSet(languageOption) ? parser.value(languageOption) : languages.savedOrDefaultLanguage();
    if (!languages.setLanguage(language)) {
        std::fprintf(stderr, "hnadmin: unknown language '%s' (use nb, nn or en)\n", qPrintable(language));
        return 2;
    }

    hn::ui::MainWindow window(&languages);
    if (!parser.isSet(screenshotOption))
        window.restoreSettings();
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(300, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "saved" : "could not save", qPrintable(file));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
