#include "validation.h"

#include <QTest>

using namespace hn::models;

namespace {
const QDate kToday(2026, 11, 23);

Absence absence(const QDate &from, const QDate &to, QList<AffectedService> services,
    const QString &id = QStringLiteral("a1"), const QString &role = QStringLiteral("r1"))
{
    Absence a;
    a.id = id;
    a.practitionerRoleId = role;
    a.from = from;
    a.to = to;
    a.services = std::move(services);
    return a;
}

AffectedService closed(const QString &code, const QString &text = QStringLiteral("Stengt"))
{
    return {code, AffectedService::Mode::Closed, text};
}

AffectedService substitute(const QString &code)
{
    return {code, AffectedService::Mode::Substitute, {}};
}
} // namespace

class TestValidation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void orgNumber_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("NHN 994598759") << QStringLiteral("994598759") << true;
        QTest::newRow("Brønnøysund 974760673") << QStringLiteral("974760673") << true;
        QTest::newRow("with spaces") << QStringLiteral("974 760 673") << true;
        QTest::newRow("check digit 0") << QStringLiteral("810000000") << false;
        QTest::newRow("wrong check digit") << QStringLiteral("974760674") << false;
        QTest::newRow("8 digits") << QStringLiteral("97476067") << false;
        QTest::newRow("10 digits") << QStringLiteral("9747606730") << false;
        QTest::newRow("letters") << QStringLiteral("97476067x") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void orgNumber()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QCOMPARE(Validation::isValidOrgNumber(value), valid);
        if (!valid)
            QVERIFY(!Validation::orgNumberError(value)->isEmpty());
    }

    void hprAndHerId_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("7 digits") << QStringLiteral("1234567") << true;
        QTest::newRow("9 digits") << QStringLiteral("123456789") << true;
        QTest::newRow("1 digit") << QStringLiteral("5") << true;
        QTest::newRow("10 digits") << QStringLiteral("1234567890") << false;
        QTest::newRow("letters") << QStringLiteral("12a4") << false;
        QTest::newRow("dash") << QStringLiteral("12-34") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void hprAndHerId()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QCOMPARE(!Validation::hprNumberError(value), valid);
        QCOMPARE(!Validation::herIdError(value), valid);
    }

    void phone_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("landline") << QStringLiteral("22 66 99 00") << true;
        QTest::newRow("mobile") << QStringLiteral("91234567") << true;
        QTest::newRow("+47") << QStringLiteral("+47 22 66 99 00") << true;
        QTest::newRow("0047") << QStringLiteral("004791234567") << true;
        QTest::newRow("starts with 1") << QStringLiteral("12345678") << false;
        QTest::newRow("starts with 0") << QStringLiteral("02345678") << false;
        QTest::newRow("7 digits") << QStringLiteral("2266990") << false;
        QTest::newRow("9 digits") << QStringLiteral("226699001") << false;
        QTest::newRow("letters") << QStringLiteral("22a69900") << false;
        QTest::newRow("other country") << QStringLiteral("+46 70 123 45 67") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void phone()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QCOMPARE(!Validation::phoneError(value), valid);
        if (valid)
            QVERIFY(Validation::normalisedPhone(value).startsWith(QStringLiteral("+47 ")));
    }

    void absenceRules_data()
    {
        QTest::addColumn<Absence>("candidate");
        QTest::addColumn<QString>("refusedField"); // empty: accepted
        const QDate d(2026, 12, 1);
        QTest::newRow("ok, one closed") << absence(d, d.addDays(9), {closed(QStringLiteral("e-konsultasjon"))})
                                        << QString();
        QTest::newRow("ok, one day (inclusive)")
            << absence(d, d, {substitute(QStringLiteral("e-kontakt"))}) << QString();
        QTest::newRow("ok, ends today") << absence(
            kToday.addDays(-3), kToday, {substitute(QStringLiteral("e-kontakt"))})
                                        << QString();
        QTest::newRow("to before from") << absence(d, d.addDays(-1), {closed(QStringLiteral("e-konsultasjon"))})
                                        << Validation::kTo;
        QTest::newRow("ended yesterday") << absence(
            kToday.addDays(-5), kToday.addDays(-1), {closed(QStringLiteral("e-konsultasjon"))})
                                         << Validation::kTo;
        QTest::newRow("no from") << absence(QDate(), d, {closed(QStringLiteral("e-konsultasjon"))})
                                 << Validation::kFrom;
        QTest::newRow("no services") << absence(d, d.addDays(3), {}) << Validation::kServices;
        QTest::newRow("closed without text")
            << absence(d, d.addDays(3), {closed(QStringLiteral("e-konsultasjon"), QStringLiteral("   "))})
            << Validation::citizenTextField(QStringLiteral("e-konsultasjon"));
        QTest::newRow("closed, text too long")
            << absence(d, d.addDays(3), {closed(QStringLiteral("e-konsultasjon"), QString(501, u'x'))})
            << Validation::citizenTextField(QStringLiteral("e-konsultasjon"));
        QTest::newRow("closed, 500 characters")
            << absence(d, d.addDays(3), {closed(QStringLiteral("e-konsultasjon"), QString(500, u'x'))}) << QString();
        QTest::newRow("substitute needs no text")
            << absence(d, d.addDays(3), {substitute(QStringLiteral("reseptfornyelse"))}) << QString();
        QTest::newRow("overlaps same service") << absence(
            QDate(2027, 1, 5), QDate(2027, 1, 12), {closed(QStringLiteral("e-konsultasjon"))}, QStringLiteral("new"))
                                               << Validation::kServices;
        QTest::newRow("touches the other's last day") << absence(
            QDate(2027, 1, 10), QDate(2027, 1, 12), {closed(QStringLiteral("e-konsultasjon"))}, QStringLiteral("new"))
                                                      << Validation::kServices;
        QTest::newRow("day after the other ends") << absence(
            QDate(2027, 1, 11), QDate(2027, 1, 12), {closed(QStringLiteral("e-konsultasjon"))}, QStringLiteral("new"))
                                                  << QString();
        QTest::newRow("overlap, other service") << absence(
            QDate(2027, 1, 5), QDate(2027, 1, 12), {closed(QStringLiteral("e-kontakt"))}, QStringLiteral("new"))
                                                << QString();
        QTest::newRow("overlap, other GP") << absence(QDate(2027, 1, 5), QDate(2027, 1, 12),
            {closed(QStringLiteral("e-konsultasjon"))}, QStringLiteral("new"), QStringLiteral("r2"))
                                           << QString();
        QTest::newRow("editing itself") << absence(QDate(2027, 1, 2), QDate(2027, 1, 9),
            {closed(QStringLiteral("e-konsultasjon"))}, QStringLiteral("existing"))
                                        << QString();
    }
    void absenceRules()
    {
        QFETCH(Absence, candidate);
        QFETCH(QString, refusedField);
        const Absence existing = absence(QDate(2027, 1, 1), QDate(2027, 1, 10),
            {closed(QStringLiteral("e-konsultasjon"))}, QStringLiteral("existing"));
        const ValidationResult r = Validation::validateAbsence(candidate, {existing}, kToday);
        if (refusedField.isEmpty()) {
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.errors.first().message));
        } else {
            QVERIFY(!r.ok());
            QVERIFY2(!r.messageFor(refusedField).isEmpty(), qPrintable(r.errors.first().field));
        }
    }

    void infoMessage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("refusedField");
        QTest::newRow("ok") << QStringLiteral("Stengt 24. desember") << kToday << kToday.addDays(30) << QString();
        QTest::newRow("1000 characters") << QString(1000, u'x') << kToday << kToday << QString();
        QTest::newRow("too long") << QString(1001, u'x') << kToday << kToday << Validation::kText;
        QTest::newRow("empty") << QStringLiteral("  ") << kToday << kToday << Validation::kText;
        QTest::newRow("to before from") << QStringLiteral("x") << kToday.addDays(2) << kToday.addDays(1)
                                        << Validation::kValidTo;
        QTest::newRow("ended") << QStringLiteral("x") << kToday.addDays(-9) << kToday.addDays(-1)
                               << Validation::kValidTo;
        QTest::newRow("no start") << QStringLiteral("x") << QDate() << kToday << Validation::kValidFrom;
    }
    void infoMessage()
    {
        QFETCH(QString, text);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, refusedField);
        InfoMessage m;
        m.text = text;
        m.validFrom = from;
        m.validTo = to;
        const ValidationResult r = Validation::validateInfoMessage(m, kToday);
        if (refusedField.isEmpty())
            QVERIFY(r.ok());
        else
            QVERIFY(!r.messageFor(refusedField).isEmpty());
    }

    void defaultClosedTextFollowsSeed002()
    {
        // "E-konsultasjon er midlertidig stengt av fastlegen din, og åpner igjen 25. april 2024."
        QCOMPARE(
            Validation::defaultClosedText(QStringLiteral("e-konsultasjon"), QDate(2024, 4, 24), QStringLiteral("nb")),
            QStringLiteral("E-konsultasjon er midlertidig stengt av fastlegen din, og åpner igjen 25. april 2024."));
        QCOMPARE(
            Validation::defaultClosedText(QStringLiteral("reseptfornyelse"), QDate(2026, 12, 31), QStringLiteral("nn")),
            QStringLiteral("Reseptfornying er mellombels stengd av fastlegen din, og opnar igjen 1. januar 2027."));
        QCOMPARE(Validation::defaultClosedText(QStringLiteral("e-kontakt"), QDate(2026, 2, 28), QStringLiteral("en")),
            QStringLiteral("E-contact is temporarily closed by your GP and opens again on 1 March 2026."));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
