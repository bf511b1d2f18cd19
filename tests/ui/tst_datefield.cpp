// The date field as a GP secretary types in it: the forms people write dates in, the keys, the
// calendar, text that is no date, and the absence editor's From/To that keep their length and its
// presets.
#include "absenceeditor.h"
#include "datefield.h"
#include "languagemanager.h"
#include "validation.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace hn;

namespace {

const QDate kToday(2026, 12, 5);

void retype(ui::DateField *field, const QString &text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Tab);
}

} // namespace

class TestDateField : public QObject
{
    Q_OBJECT

    ui::LanguageManager m_languages;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_languages.setLanguage(QStringLiteral("nb"))); }

    void parsesTheFormsPeopleType_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("full") << QStringLiteral("14.12.2026") << QDate(2026, 12, 14);
        QTest::newRow("short year") << QStringLiteral("14.12.26") << QDate(2026, 12, 14);
        QTest::newRow("no year, later this year") << QStringLiteral("14.12") << QDate(2026, 12, 14);
        QTest::newRow("no year, trailing dot") << QStringLiteral("14.12.") << QDate(2026, 12, 14);
        QTest::newRow("no year, today") << QStringLiteral("5.12") << kToday;
        QTest::newRow("no year, passed: next year") << QStringLiteral("1.12") << QDate(2027, 12, 1);
        QTest::newRow("no year, January") << QStringLiteral("3.1") << QDate(2027, 1, 3);
        QTest::newRow("29 February: next leap year") << QStringLiteral("29.2") << QDate(2028, 2, 29);
        QTest::newRow("slashes") << QStringLiteral("14/12") << QDate(2026, 12, 14);
        QTest::newRow("dashes") << QStringLiteral("14-12-2026") << QDate(2026, 12, 14);
        QTest::newRow("digits only") << QStringLiteral("14122026") << QDate(2026, 12, 14);
        QTest::newRow("digits, short year") << QStringLiteral("141226") << QDate(2026, 12, 14);
        QTest::newRow("digits, no year") << QStringLiteral("1412") << QDate(2026, 12, 14);
        QTest::newRow("ISO") << QStringLiteral("2026-12-14") << QDate(2026, 12, 14);
        QTest::newRow("spaces around") << QStringLiteral("  14.12.2026 ") << QDate(2026, 12, 14);
        QTest::newRow("i dag") << QStringLiteral("i dag") << kToday;
        QTest::newRow("I morgen") << QStringLiteral("I morgen") << kToday.addDays(1);
        QTest::newRow("i morgon (nn)") << QStringLiteral("i morgon") << kToday.addDays(1);
        QTest::newRow("no such day") << QStringLiteral("31.11.2026") << QDate();
        QTest::newRow("no such month") << QStringLiteral("14.13") << QDate();
        QTest::newRow("29.2 in a common year") << QStringLiteral("29.02.2027") << QDate();
        QTest::newRow("three-digit year") << QStringLiteral("14.12.202") << QDate();
        QTest::newRow("words") << QStringLiteral("neste uke") << QDate();
        QTest::newRow("trailing text") << QStringLiteral("14.12.2026x") << QDate();
        QTest::newRow("two separators") << QStringLiteral("14..12") << QDate();
        QTest::newRow("empty") << QString() << QDate();
        QTest::newRow("a day alone") << QStringLiteral("14") << QDate();
    }

    void parsesTheFormsPeopleType()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(ui::DateField::parse(text, kToday), date);
    }

    // A date typed counts while typing and is shown the one way once the field is left.
    void aTypedDateCountsAndIsShownInFull()
    {
        QWidget window;
        auto *field = new ui::DateField(kToday, &window);
        field->setToday(kToday);
        auto *next = new QLineEdit(&window);
        next->move(0, 40);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy changed(field, &ui::DateField::dateChanged);
        retype(field, QStringLiteral("24.12"));
        QCOMPARE(field->date(), QDate(2026, 12, 24));
        QCOMPARE(field->text(), QStringLiteral("24.12.2026"));
        QVERIFY(field->textIsDate());
        QCOMPARE(changed.last().first().toDate(), QDate(2026, 12, 24));
        QVERIFY(!field->property("notADate").toBool());
    }

    // Text that is no date keeps the last date, stays as typed, is marked and says so; an emptied
    // field shows its date again.
    void textThatIsNoDateIsMarkedAndKept()
    {
        QWidget window;
        auto *field = new ui::DateField(QDate(2026, 12, 14), &window);
        field->setToday(kToday);
        auto *next = new QLineEdit(&window);
        next->move(0, 40);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        retype(field, QStringLiteral("31.02"));
        QCOMPARE(field->date(), QDate(2026, 12, 14));
        QCOMPARE(field->text(), QStringLiteral("31.02"));
        QVERIFY(!field->textIsDate());
        QVERIFY(field->property("notADate").toBool());
        QVERIFY(field->toolTip().startsWith(QStringLiteral("Ikke en dato")));
        QCOMPARE(field->accessibleDescription(), field->toolTip());
        QVERIFY(field->palette().color(QPalette::Base) != QPalette().color(QPalette::Base));

        field->setFocus();
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Delete);
        QTest::keyClick(field, Qt::Key_Tab);
        QCOMPARE(field->text(), QStringLiteral("14.12.2026"));
        QVERIFY(field->textIsDate());
        QVERIFY(!field->property("notADate").toBool());
        QCOMPARE(field->palette().color(QPalette::Base), QPalette().color(QPalette::Base));
    }

    // Up and Down move a day, Page Up and Page Down a month, also from text that is no date.
    void keysStepDaysAndMonths()
    {
        ui::DateField field(QDate(2026, 1, 31));
        field.setToday(kToday);
        field.show();
        QVERIFY(QTest::qWaitForWindowExposed(&field));
        QTest::keyClick(&field, Qt::Key_Up);
        QCOMPARE(field.date(), QDate(2026, 2, 1));
        QTest::keyClick(&field, Qt::Key_Down);
        QTest::keyClick(&field, Qt::Key_Down);
        QCOMPARE(field.date(), QDate(2026, 1, 30));
        QTest::keyClick(&field, Qt::Key_PageUp);
        QCOMPARE(field.date(), QDate(2026, 2, 28));
        QTest::keyClick(&field, Qt::Key_PageDown);
        QCOMPARE(field.date(), QDate(2026, 1, 28));
        QCOMPARE(field.text(), QStringLiteral("28.01.2026"));
        field.selectAll();
        QTest::keyClicks(&field, QStringLiteral("hei"));
        QVERIFY(!field.textIsDate());
        QTest::keyClick(&field, Qt::Key_Up);
        QCOMPARE(field.date(), QDate(2026, 1, 29));
        QCOMPARE(field.text(), QStringLiteral("29.01.2026"));
        QVERIFY(field.textIsDate());
    }

    // Alt+Down opens a calendar on the field's date; the arrow keys and Return choose in it.
    void altDownOpensACalendar()
    {
        QWidget window;
        auto *field = new ui::DateField(QDate(2026, 12, 14), &window);
        field->setObjectName(QStringLiteral("from"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        field->setFocus();
        QTest::keyClick(field, Qt::Key_Down, Qt::AltModifier);
        auto *calendar = field->findChild<QCalendarWidget *>(QStringLiteral("fromCalendar"));
        QVERIFY(calendar);
        QTRY_VERIFY(calendar->isVisible());
        QCOMPARE(calendar->selectedDate(), QDate(2026, 12, 14));
        QCOMPARE(calendar->firstDayOfWeek(), Qt::Monday);
        QWidget *grid = QApplication::focusWidget();
        QVERIFY(grid && (grid == calendar || calendar->isAncestorOf(grid)));
        QTest::keyClick(grid, Qt::Key_Right);
        QTest::keyClick(grid, Qt::Key_Return);
        QCOMPARE(field->date(), QDate(2026, 12, 15));
        QCOMPARE(field->text(), QStringLiteral("15.12.2026"));
        QTRY_VERIFY(!field->findChild<QCalendarWidget *>());
    }

    // In the absence editor, To keeps the absence's length when From moves; the presets set To
    // from From; a To before From is refused where it stands.
    void theAbsenceKeepsItsLengthAndPresetsSetTheEnd()
    {
        ui::AbsenceEditor editor(
            {{QStringLiteral("r1"), QStringLiteral("Knut Andersen")}}, {QStringLiteral("e-konsultasjon")}, {}, kToday);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *from = editor.findChild<ui::DateField *>(QStringLiteral("fromDate"));
        auto *to = editor.findChild<ui::DateField *>(QStringLiteral("toDate"));
        QCOMPARE(to->date(), kToday.addDays(6)); // a week from today, as before
        retype(from, QStringLiteral("14.12"));
        QCOMPARE(from->date(), QDate(2026, 12, 14));
        QCOMPARE(to->date(), QDate(2026, 12, 20));
        retype(to, QStringLiteral("3.1"));
        QCOMPARE(to->date(), QDate(2027, 1, 3));
        from->setFocus();
        QTest::keyClick(from, Qt::Key_Up);
        QCOMPARE(from->date(), QDate(2026, 12, 15));
        QCOMPARE(to->date(), QDate(2027, 1, 4));

        QVERIFY(QTest::qWaitForWindowActive(&editor));
        QTest::keyClick(from, Qt::Key_2, Qt::AltModifier); // the mnemonic of "&2 weeks" (an animated click)
        QTRY_COMPARE(to->date(), QDate(2026, 12, 28));
        QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("preset:week")), Qt::LeftButton);
        QCOMPARE(to->date(), QDate(2026, 12, 21));
        QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("preset:month")), Qt::LeftButton);
        QCOMPARE(to->date(), QDate(2026, 12, 31));

        retype(to, QStringLiteral("10.12.2026"));
        QVERIFY(!editor.trySave());
        QVERIFY(!editor.errorText(models::Validation::kTo).isEmpty());
    }

    // Text that is no date in From or To is refused with a message at the field, not saved as the
    // last date that was there.
    void anAbsenceWithTextThatIsNoDateIsRefused()
    {
        ui::AbsenceEditor editor(
            {{QStringLiteral("r1"), QStringLiteral("Knut Andersen")}}, {QStringLiteral("e-konsultasjon")}, {}, kToday);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *to = editor.findChild<ui::DateField *>(QStringLiteral("toDate"));
        auto *consultation = editor.findChild<QCheckBox *>(QStringLiteral("service:e-konsultasjon"));
        QVERIFY(consultation);
        consultation->setChecked(true);
        retype(to, QStringLiteral("32.12"));
        QCOMPARE(to->date(), kToday.addDays(6));
        QVERIFY(!editor.trySave());
        QCOMPARE(editor.errorText(models::Validation::kTo),
            QStringLiteral("Dette er ikke en dato. Skriv den som 14.12.2026."));
        QVERIFY(editor.errorText(models::Validation::kFrom).isEmpty());
        QVERIFY(editor.result().isEmpty());
        retype(to, QStringLiteral("12.12"));
        QVERIFY(editor.trySave());
        QCOMPARE(editor.result().size(), 1);
        QCOMPARE(editor.result().first().to, QDate(2026, 12, 12));
    }
};

QTEST_MAIN(TestDateField)
#include "tst_datefield.moc"
