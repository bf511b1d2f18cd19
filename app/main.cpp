// hnadmin: the composition root. Parses the command line, sets up logging and languages, builds
// the main window and hands it to the AppController, which wires the services.
#include "absenceeditor.h"
#include "appcontroller.h"
#include "appstyle.h"
#include "common/logging.h"
#include "common/unixsignals.h"
#include "gpregisterpage.h"
#include "itemmodels.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "officepage.h"
#include "previewpane.h"
#include "sync/syncengine.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QLineEdit>
#include <QListView>
#include <QScopeGuard>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QtConcurrent>

#include <sys/stat.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>

namespace {

// Quits right after the window's first paint (start-up benchmark).
class FirstPaintWatcher : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::UpdateRequest && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

// The absence editor as a secretary fills it in: e-konsultasjon closed, with its text, and
// prescription renewal.
hn::ui::AbsenceEditor *filledAbsenceEditor(hn::ui::OfficePage *page)
{
    hn::ui::AbsenceEditor *editor = page->openAbsenceEditor();
    if (auto *check = editor->findChild<QCheckBox *>(QStringLiteral("service:e-konsultasjon")))
        check->setChecked(true);
    if (auto *mode = editor->findChild<QComboBox *>(QStringLiteral("mode:e-konsultasjon")))
        mode->setCurrentIndex(1);
    if (auto *check = editor->findChild<QCheckBox *>(QStringLiteral("service:reseptfornyelse")))
        check->setChecked(true);
    return editor;
}

} // namespace

int main(int argc, char *argv[])
{
    // Everything the program writes (the local copy, drafts, logs, the built-in sandbox's data) is
    // the user's alone: 0600 files, 0700 folders.
    ::umask(077);
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // Qt WebEngine (the citizen preview)
    QApplication app(argc, argv);
    // Fonts are set up (fontconfig reads its configuration and lists the fonts) on the other core
    // while the window is built: its first text would otherwise wait for that.
    QFuture<void> fonts = QtConcurrent::run([] { (void)QFontDatabase::families(); });
    const auto waitForFonts = qScopeGuard([&fonts] { fonts.waitForFinished(); }); // before the app goes
    QApplication::setStyle(new hn::ui::AppStyle); // no image plugins for the menu bar's first paint
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
    const QCommandLineOption backendOption(QStringLiteral("backend"),
        QStringLiteral("FHIR base URL of the national backend (default: HN_BACKEND_URL, the setting backend/url, "
                       "or the built-in sandbox)."),
        QStringLiteral("URL"));
    const QCommandLineOption seedOption(QStringLiteral("sandbox-seed"),
        QStringLiteral("Demo data of the built-in sandbox on its first start: small "
                       "or national (default small)."),
        QStringLiteral("KIND"), QStringLiteral("small"));
    const QCommandLineOption userOption(QStringLiteral("user"),
        QStringLiteral("Sign in to the sandbox as this demo user without asking."), QStringLiteral("NAME"));
    const QCommandLineOption actorOption(QStringLiteral("open"),
        QStringLiteral("Open the page of the actor with this name (or part of it)."), QStringLiteral("NAME"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QStringLiteral("Save a PNG of the main window to FILE and quit (after the "
                       "first synchronisation when --user is given)."),
        QStringLiteral("FILE"));
    const QCommandLineOption viewOption(QStringLiteral("screenshot-view"),
        QStringLiteral("With --screenshot and --open: services, absences, info, preview, preview-nn, "
                       "absence-editor or sync-log; with --screenshot alone: gps (the register of all GPs)."),
        QStringLiteral("VIEW"), QStringLiteral("services"));
    const QCommandLineOption exitAfterPaintOption(
        QStringLiteral("exit-after-paint"), QStringLiteral("Quit right after the first paint (benchmarks)."));
    parser.addOptions({languageOption, backendOption, seedOption, userOption, actorOption, screenshotOption, viewOption,
        exitAfterPaintOption});
    parser.process(app);

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    // Folders an earlier version made readable to others are closed (what is in them is then too).
    QDir().mkpath(dataDir);
    for (const QString &dir : {QFileInfo(dataDir).absolutePath(), dataDir})
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
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
    const QString seed = parser.value(seedOption);
    if (seed != QLatin1String("small") && seed != QLatin1String("national")) {
        std::fprintf(stderr, "hnadmin: --sandbox-seed takes small or national\n");
        return 2;
    }
    const QUrl backend = hn::ui::AppController::configuredBackend(QUrl(parser.value(backendOption)));
    if (!backend.isEmpty() && (!backend.isValid() || !backend.scheme().startsWith(QLatin1String("http")))) {
        std::fprintf(stderr, "hnadmin: the backend must be an http(s) URL\n");
        return 2;
    }

    hn::ui::AppController::Options options;
    options.backend = backend;
    options.sandboxSeed = seed;
    options.user = parser.value(userOption);
    options.openActor = parser.value(actorOption);
    // The cached actor list is read on another core while the window is built.
    hn::ui::AppController::prefetch(options);

    const bool screenshot = parser.isSet(screenshotOption);
    const bool benchmark = parser.isSet(exitAfterPaintOption);
    hn::ui::MainWindow window(&languages);
    if (!screenshot && !benchmark)
        window.restoreSettings();
    if (screenshot)
        window.resize(1200, 940);

    options.interactive = !screenshot && !benchmark;
    hn::ui::AppController controller(&languages, &window, options);
    // Asked to end by the system (a log-out, a package upgrade, kill, Ctrl+C in a terminal): a normal
    // close without questions. What was typed and not saved is kept as a draft, the outbox is in the
    // local data already, and the controller stops the built-in backend on the way out.
    hn::common::UnixSignalWatcher stopSignals({SIGTERM, SIGINT, SIGHUP});
    QObject::connect(&stopSignals, &hn::common::UnixSignalWatcher::received, &window, [&window](int signal) {
        qCInfo(lcApp) << hn::common::UnixSignalWatcher::name(signal) << "received: closing";
        window.closeKeepingDrafts();
        QCoreApplication::quit(); // also ends a dialog's own event loop
    });
    if (qEnvironmentVariable("HN_TEST_CRASH") == QLatin1String("abort-when-online")) {
        // Tests of what a crash leaves behind (the built-in backend must not outlive the program).
        QObject::connect(&controller, &hn::ui::AppController::syncSettled, &window, [] { std::abort(); });
    }
    window.show();
    if (benchmark) {
        window.installEventFilter(new FirstPaintWatcher(&window));
        controller.start();
        return app.exec();
    }
    controller.start();

    if (screenshot) {
        const QString file = parser.value(screenshotOption);
        const QString view = parser.value(viewOption);
        auto save = [&window, file, view] {
            QWidget *target = &window;
            if (view == QLatin1String("sync-log"))
                target = window.findChild<QDialog *>(QStringLiteral("SyncLogDialog"));
            if (!target) {
                std::fprintf(stderr, "nothing to save for %s\n", qPrintable(view));
                QCoreApplication::exit(1);
                return;
            }
            if (auto *page = qobject_cast<hn::ui::OfficePage *>(window.pages()->currentWidget())) {
                if (view == QLatin1String("absence-editor"))
                    target = filledAbsenceEditor(page);
            }
            const bool saved = target->grab().save(file);
            std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "saved" : "could not save", qPrintable(file));
            QCoreApplication::exit(saved ? 0 : 1);
        };
        if (options.user.isEmpty()) {
            QTimer::singleShot(300, &window, save);
        } else {
            // After the first synchronisation, once the page has had a moment to lay out.
            QObject::connect(&controller, &hn::ui::AppController::syncSettled, &window, [save, &window, view] {
                if (view == QLatin1String("gps")) {
                    if (auto *action = window.findChild<QAction *>(QStringLiteral("gpRegister")))
                        action->trigger();
                    // NHN's question: which GPs in Alta do not offer e-consultation?
                    if (auto *gps = window.findChild<hn::ui::GpRegisterPage *>()) {
                        gps->setMunicipality(QStringLiteral("Alta"));
                        gps->setWithout(QStringLiteral("e-konsultasjon"));
                    }
                    QTimer::singleShot(400, &window, save);
                    return;
                }
                if (auto *page = qobject_cast<hn::ui::OfficePage *>(window.pages()->currentWidget());
                    page && view == QLatin1String("sync-log")) {
                    // Register an absence, open the log and wait until the server has it.
                    filledAbsenceEditor(page)->trySave();
                    Q_EMIT window.syncLogRequested();
                    auto *poll = new QTimer(&window);
                    QObject::connect(poll, &QTimer::timeout, &window, [poll, save, &window] {
                        auto *log = window.findChild<QTreeWidget *>();
                        const auto saved = log ? log->findItems(QStringLiteral("*"), Qt::MatchWildcard, 1)
                                               : QList<QTreeWidgetItem *>();
                        for (QTreeWidgetItem *item : saved) {
                            if (item->data(1, Qt::UserRole).toInt() == int(hn::sync::SyncLogEntry::Kind::Sent)) {
                                poll->stop();
                                QTimer::singleShot(300, &window, save);
                                return;
                            }
                        }
                    });
                    poll->start(200);
                    return;
                }
                if (auto *page = qobject_cast<hn::ui::OfficePage *>(window.pages()->currentWidget())) {
                    if (view == QLatin1String("absences") || view == QLatin1String("absence-editor"))
                        page->tabs()->setCurrentIndex(hn::ui::OfficePage::AbsencesTab);
                    else if (view == QLatin1String("info"))
                        page->tabs()->setCurrentIndex(hn::ui::OfficePage::InfoTab);
                    else if (view == QLatin1String("preview") || view == QLatin1String("preview-nn")) {
                        if (view == QLatin1String("preview-nn")) // as a citizen who reads nynorsk
                            page->previewPane()->setLanguage(QStringLiteral("nn"));
                        // Show a GP who is away today, if there is one.
                        auto *gp = page->findChild<QComboBox *>(QStringLiteral("previewGp"));
                        for (const hn::models::Absence &a : page->absenceModel()->items()) {
                            if (gp && a.covers(QDate::currentDate()) && gp->findData(a.practitionerRoleId) >= 0)
                                gp->setCurrentIndex(gp->findData(a.practitionerRoleId));
                        }
                        page->tabs()->setCurrentIndex(hn::ui::OfficePage::PreviewTab);
                        // Wait until the web engine has painted the page.
                        QObject::connect(page->previewPane(), &hn::ui::PreviewPane::loadFinished, &window,
                            [save, &window] { QTimer::singleShot(1500, &window, save); });
                        return;
                    }
                }
                QTimer::singleShot(400, &window, save);
            });
            QTimer::singleShot(60000, &window, save);
        }
    }
    const int code = app.exec();
    qCInfo(lcApp) << "hnadmin closing";
    if (qEnvironmentVariableIsSet("HN_REPORT_PEAK_MEMORY")) {
        // For the benchmarks: the peak resident memory of this process.
        QFile status(QStringLiteral("/proc/self/status"));
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmHWM:"))
                    std::printf("RESULT rss_peak_kb=%s\n", line.mid(6).trimmed().split(' ').first().constData());
            }
        }
    }
    return code;
}
