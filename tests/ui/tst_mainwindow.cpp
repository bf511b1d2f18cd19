#include "helpdialog.h"
#include "languagemanager.h"
#include "mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QTextBrowser>

using hn::ui::LanguageManager;
using hn::ui::MainWindow;

namespace {

// Every text of the menu bar, its menus and actions, recursively.
QStringList menuTexts(QMenuBar *bar)
{
    QStringList texts;
    std::function<void(const QList<QAction *> &)> walk = [&](const QList<QAction *> &actions) {
        for (QAction *action : actions) {
            if (action->isSeparator())
                continue;
            texts << action->text();
            if (action->menu())
                walk(action->menu()->actions());
        }
    };
    walk(bar->actions());
    return texts;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Help shows the guide for users, not the developers' notes of the README.
    void theUserGuideIsTheReadmesPartForUsers()
    {
        hn::ui::HelpDialog help;
        const QString guide = help.browser()->toPlainText();
        QVERIFY2(guide.contains(QStringLiteral("A GP office's day-to-day work")), qPrintable(guide.left(200)));
        QVERIFY(guide.contains(QStringLiteral("Where data lives")));
        QVERIFY(!guide.contains(QStringLiteral("./dev.sh")));
        QVERIFY(!guide.contains(QStringLiteral("Performance")));
        QVERIFY(!guide.contains(QStringLiteral("Development")));
        QCOMPARE(hn::ui::HelpDialog::userGuideOf(
                     QStringLiteral("# T\n\ncmd\n\n## A\ntext\n<!-- user guide ends -->\n## Dev\n")),
            QStringLiteral("# T\n\n## A\ntext\n"));
        QCOMPARE(hn::ui::HelpDialog::userGuideOf(QStringLiteral("no sections")), QStringLiteral("no sections"));
    }

    void init() { QSettings().clear(); }

    void defaultLanguage()
    {
        QCOMPARE(LanguageManager::defaultLanguageFor(QLocale(QLocale::NorwegianBokmal)), QStringLiteral("nb"));
        QCOMPARE(LanguageManager::defaultLanguageFor(QLocale(QLocale::NorwegianNynorsk)), QStringLiteral("nn"));
        QCOMPARE(LanguageManager::defaultLanguageFor(QLocale(QLocale::English)), QStringLiteral("en"));
        QCOMPARE(LanguageManager::defaultLanguageFor(QLocale::c()), QStringLiteral("nb"));
    }

    void switchesLanguageWithoutRestart()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        MainWindow window(&languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList english = menuTexts(window.menuBar());
        QVERIFY(english.contains(QStringLiteral("&Settings")));

        // Widgets receive QEvent::LanguageChange through the event loop.
        QVERIFY(languages.setLanguage(QStringLiteral("nb")));
        QTRY_VERIFY(menuTexts(window.menuBar()).contains(QStringLiteral("&Innstillinger")));
        const QStringList bokmal = menuTexts(window.menuBar());
        QCOMPARE(window.windowTitle(), QStringLiteral("Helsenorge-administrasjon"));

        QVERIFY(languages.setLanguage(QStringLiteral("nn")));
        QTRY_VERIFY(menuTexts(window.menuBar()).contains(QStringLiteral("&Innstillingar")));
        const QStringList nynorsk = menuTexts(window.menuBar());

        // No English source text is left in the Norwegian menus (language names are in their own language).
        for (const QStringList &norwegian : {bokmal, nynorsk}) {
            for (const QString &text : norwegian) {
                if (text == QStringLiteral("English"))
                    continue;
                QVERIFY2(!english.contains(text) || text.startsWith(QStringLiteral("Norsk")), qPrintable(text));
            }
        }

        // The choice persists, and an unknown code changes nothing.
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("nn"));
        QVERIFY(!languages.setLanguage(QStringLiteral("de")));
        QCOMPARE(languages.language(), QStringLiteral("nn"));
        QCOMPARE(LanguageManager().savedOrDefaultLanguage(), QStringLiteral("nn"));
    }

    void languageMenuSwitches()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("nb")));
        MainWindow window(&languages);
        auto *english = window.findChild<QAction *>(QStringLiteral("language_en"));
        QVERIFY(english);
        english->trigger();
        QCOMPARE(languages.language(), QStringLiteral("en"));
        QTRY_COMPARE(window.windowTitle(), QStringLiteral("Helsenorge administration"));
        QVERIFY(english->isChecked());
    }

    void statusBarShowsPendingAndSync()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        MainWindow window(&languages);
        auto *pending = window.findChild<QLabel *>(QStringLiteral("pendingEdits"));
        auto *sync = window.findChild<QLabel *>(QStringLiteral("syncState"));
        QVERIFY(pending && sync);
        QCOMPARE(pending->text(), QStringLiteral("All changes sent"));
        window.setPendingEdits(1);
        QCOMPARE(pending->text(), QStringLiteral("1 change waiting to be sent"));
        window.setPendingEdits(3);
        QCOMPARE(pending->text(), QStringLiteral("3 changes waiting to be sent"));
        window.setSyncState(MainWindow::SyncState::Online);
        QCOMPARE(sync->text(), QStringLiteral("Online"));
        QVERIFY(languages.setLanguage(QStringLiteral("nb")));
        QTRY_COMPARE(pending->text(), QStringLiteral("3 endringer venter på å bli sendt"));
        QCOMPARE(sync->text(), QStringLiteral("Tilkoblet"));
    }

    void navigationFiltersActors()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        MainWindow window(&languages);
        QStandardItemModel actors;
        for (const char *name : {"Bakklandet legesenter", "Oslo kommune", "Storgata legekontor"})
            actors.appendRow(new QStandardItem(QString::fromUtf8(name)));
        window.setActorModel(&actors);
        QCOMPARE(window.navigationView()->model()->rowCount(), 3);
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("navigationFilter"));
        QVERIFY(filter);
        QTest::keyClicks(filter, QStringLiteral("lege"));
        QTRY_COMPARE(window.navigationView()->model()->rowCount(), 2);
        auto *hint = window.findChild<QLabel *>(QStringLiteral("navigationEmptyHint"));
        QTest::keyClicks(filter, QStringLiteral("xyz"));
        QTRY_COMPARE(window.navigationView()->model()->rowCount(), 0);
        QCOMPARE(hint->text(), QStringLiteral("No actor matches the filter."));
    }

    // Signed out, the Synchronisation menu and the welcome page offer to sign in; signed in, the
    // menu offers to sign out.
    void offersSignInOrSignOut()
    {
        LanguageManager languages;
        MainWindow window(&languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *signIn = window.findChild<QAction *>(QStringLiteral("signIn"));
        auto *signOut = window.findChild<QAction *>(QStringLiteral("signOut"));
        auto *welcome = window.findChild<QPushButton *>(QStringLiteral("welcomeSignIn"));
        QVERIFY(signIn && signOut && welcome);
        QVERIFY(signIn->isVisible() && !signOut->isVisible() && welcome->isVisible());
        QSignalSpy signInRequested(&window, &MainWindow::signInRequested);
        QSignalSpy signOutRequested(&window, &MainWindow::signOutRequested);
        QTest::mouseClick(welcome, Qt::LeftButton);
        signIn->trigger();
        QCOMPARE(signInRequested.count(), 2);

        // While a saved sign-in is being restored, the welcome page does not offer another.
        auto *user = window.findChild<QLabel *>(QStringLiteral("signedInUser"));
        QVERIFY(user);
        auto *hint = window.findChild<QLabel *>(QStringLiteral("navigationEmptyHint"));
        QVERIFY(hint);
        const QString signedOutText = user->text();
        const QString signedOutHint = hint->text();
        window.setSigningIn(true);
        QVERIFY(!welcome->isVisible());
        QVERIFY(user->text() != signedOutText);
        QVERIFY(hint->text() != signedOutHint); // not "sign in to see…" while that is going on
        window.setSigningIn(false);
        QVERIFY(welcome->isVisible());
        QCOMPARE(user->text(), signedOutText);
        QCOMPARE(hint->text(), signedOutHint);
        window.setSigningIn(true);

        window.setSignedInUser(QStringLiteral("lege1"));
        QVERIFY(!signIn->isVisible() && signOut->isVisible() && !welcome->isVisible());
        signOut->trigger();
        QCOMPARE(signOutRequested.count(), 1);
        QCOMPARE(signInRequested.count(), 2);
        // Signed in, the restore is over: signed out again, the sign-in is offered.
        window.setSignedInUser(QString());
        QVERIFY(welcome->isVisible());
        QCOMPARE(user->text(), signedOutText);
    }

    void geometryPersists()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QRect saved;
        {
            MainWindow window(&languages);
            window.restoreSettings();
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(900, 600);
            QTRY_COMPARE(window.size(), QSize(900, 600));
            saved = window.geometry();
            window.close();
        }
        {
            // A window that did not restore (a screenshot or benchmark run) leaves the layout alone.
            MainWindow screenshot(&languages);
            screenshot.show();
            QVERIFY(QTest::qWaitForWindowExposed(&screenshot));
            screenshot.resize(1200, 940);
            QTRY_COMPARE(screenshot.size(), QSize(1200, 940));
            screenshot.close();
        }
        MainWindow again(&languages);
        again.restoreSettings();
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), saved.size());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
