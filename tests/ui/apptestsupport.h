#pragma once
// The program's window and controller on the built-in sandbox (started by the controller), for the
// UI tests that need the whole program in one process.
#include "appcontroller.h"
#include "auth/session.h"
#include "itemmodels.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "store/store.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using hn::ui::AppController;
using hn::ui::LanguageManager;
using hn::ui::MainWindow;

namespace {

const QString kOffice = QStringLiteral("org-2"); // lege1's office in the sandbox's demo data

// The program's window and controller, on the sandbox (started by the controller).
struct App
{
    LanguageManager languages;
    MainWindow window {&languages};
    std::unique_ptr<AppController> controller;

    QString user;

    QUrl base; // the sandbox's FHIR base, once started

    explicit App(const QString &user, const QString &password = QStringLiteral("demo"), bool interactive = false,
        const QString &sandboxProgram = qEnvironmentVariable("HN_SANDBOX_BIN"))
        : user(user)
    {
        AppController::Options options;
        options.sandboxProgram = sandboxProgram;
        options.sandboxSeed = QStringLiteral("small");
        options.interactive = interactive;
        options.user = user;
        options.password = password;
        controller = std::make_unique<AppController>(&languages, &window, options);
        window.show();
    }
    // Starts the sandbox and the controller; with a user, returns once the first pull has finished.
    bool start()
    {
        QSignalSpy settled(controller.get(), &AppController::syncSettled);
        QSignalSpy ready(controller.get(), &AppController::backendReady);
        controller->start();
        const bool up = ready.wait(30000);
        if (up)
            base = ready.first().first().toUrl();
        return up && (user.isEmpty() || settled.count() > 0 || settled.wait(30000));
    }
    // Signs in as `user` and waits for the first pull.
    bool signIn(const QString &user)
    {
        QSignalSpy settled(controller.get(), &AppController::syncSettled);
        controller->session()->signInToSandbox(user, QStringLiteral("demo"));
        return settled.wait(30000);
    }
    // Opens lege1's office page and types `digits` into its phone field (not saved); returns it.
    QLineEdit *typePhone(const QString &digits)
    {
        QWidget *page = controller->pageFor(kOffice);
        if (!page)
            return nullptr;
        window.showPage(page);
        auto *phone = page->findChild<QLineEdit *>(QStringLiteral("officePhone"));
        phone->setFocus();
        phone->selectAll();
        QTest::keyClicks(phone, digits);
        return phone;
    }
    QStringList actorIds() const
    {
        QStringList ids;
        const QAbstractItemModel *model = window.navigationView()->model();
        for (int row = 0; model && row < model->rowCount(); ++row)
            ids << model->index(row, 0).data(hn::models::IdRole).toString();
        ids.sort();
        return ids;
    }
};

[[maybe_unused]] QString storePath(const QString &user)
{
    return hn::store::Store::defaultPath(AppController::storeKey(QStringLiteral("sandbox"), user));
}

// While it lives, answers each message box named `name` with `button`, and counts them.
struct MessageBoxAnswer
{
    QTimer poll;
    int asked = 0;
    MessageBoxAnswer(const QString &name, QMessageBox::StandardButton button)
    {
        QObject::connect(&poll, &QTimer::timeout, [this, name, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box && box->objectName() == name) {
                ++asked;
                box->button(button)->click();
            }
        });
        poll.start(10);
    }
};

} // namespace
