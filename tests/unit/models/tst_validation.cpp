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

AffectedService substitute(const QString &code, const QString &text = {})
{
    return {code, AffectedService::Mode::Substitute, text};
}

// The refused fields, in order, without repeats.
QStringList fields(const ValidationResult &r)
{
    QStringList out;
    for (const FieldError &e : r.errors) {
        if (e.message.isEmpty())
            out << QStringLiteral("(empty message for %1)").arg(e.field);
        else if (!out.contains(e.field))
            out << e.field;
    }
    return out;
}

const QString kEkons = QStringLiteral("e-konsultasjon");
} // namespace

class TestValidation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void orgNumber_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("Brønnøysundregistrene 974760673") << QStringLiteral("974760673") << true;
        QTest::newRow("994598759") << QStringLiteral("994598759") << true;
        QTest::newRow("Equinor 923609016") << QStringLiteral("923609016") << true;
        QTest::newRow("check digit 0 (sum divisible by 11)") << QStringLiteral("100000040") << true;
        QTest::newRow("with spaces") << QStringLiteral("974 760 673") << true;
        QTest::newRow("remainder 1 has no check digit") << QStringLiteral("100000130") << false;
        QTest::newRow("wrong check digit") << QStringLiteral("974760674") << false;
        QTest::newRow("digits swapped") << QStringLiteral("947760673") << false;
        QTest::newRow("8 digits") << QStringLiteral("97476067") << false;
        QTest::newRow("10 digits") << QStringLiteral("9747606730") << false;
        QTest::newRow("letters") << QStringLiteral("97476067x") << false;
        QTest::newRow("dashes") << QStringLiteral("974-760-673") << false;
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
        QTest::newRow("7 digits (typical)") << QStringLiteral("1234567") << true;
        QTest::newRow("9 digits") << QStringLiteral("123456789") << true;
        QTest::newRow("1 digit") << QStringLiteral("5") << true;
        QTest::newRow("surrounding spaces") << QStringLiteral(" 9144889 ") << true;
        QTest::newRow("10 digits") << QStringLiteral("1234567890") << false;
        QTest::newRow("letters") << QStringLiteral("12a4") << false;
        QTest::newRow("dash") << QStringLiteral("12-34") << false;
        QTest::newRow("space inside") << QStringLiteral("123 456") << false;
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
        QTest::addColumn<QString>("normalised"); // empty: refused
        QTest::newRow("landline") << QStringLiteral("22 66 99 00") << QStringLiteral("+47 22 66 99 00");
        QTest::newRow("mobile 9") << QStringLiteral("91234567") << QStringLiteral("+47 91 23 45 67");
        QTest::newRow("mobile 4") << QStringLiteral("412 34 567") << QStringLiteral("+47 41 23 45 67");
        QTest::newRow("+47") << QStringLiteral("+47 22 66 99 00") << QStringLiteral("+47 22 66 99 00");
        QTest::newRow("+47 no spaces") << QStringLiteral("+4722669900") << QStringLiteral("+47 22 66 99 00");
        QTest::newRow("0047") << QStringLiteral("004791234567") << QStringLiteral("+47 91 23 45 67");
        QTest::newRow("0047 with spaces") << QStringLiteral("0047 912 34 567") << QStringLiteral("+47 91 23 45 67");
        QTest::newRow("starts with 1") << QStringLiteral("12345678") << QString();
        QTest::newRow("starts with 0") << QStringLiteral("02345678") << QString();
        QTest::newRow("7 digits") << QStringLiteral("2266990") << QString();
        QTest::newRow("9 digits") << QStringLiteral("226699001") << QString();
        QTest::newRow("+47 and 7 digits") << QStringLiteral("+47 2266990") << QString();
        QTest::newRow("only +47") << QStringLiteral("+47") << QString();
        QTest::newRow("letters") << QStringLiteral("22a69900") << QString();
        QTest::newRow("dashes") << QStringLiteral("22-66-99-00") << QString();
        QTest::newRow("other country") << QStringLiteral("+46 70 123 45 67") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void phone()
    {
        QFETCH(QString, value);
        QFETCH(QString, normalised);
        const auto error = Validation::phoneError(value);
        QCOMPARE(!error, !normalised.isEmpty());
        if (error)
            QVERIFY(!error->isEmpty());
        else
            QCOMPARE(Validation::normalisedPhone(value), normalised);
        const bool mobile
            = normalised.startsWith(QLatin1String("+47 4")) || normalised.startsWith(QLatin1String("+47 9"));
        QCOMPARE(Validation::isMobilePhone(value), mobile);
    }

    void actor_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("orgNumber");
        QTest::addColumn<QString>("herId");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QStringList>("refused");
        const QString org = QStringLiteral("974760673");
        QTest::newRow("ok") << QStringLiteral("Ekeberg legekontor") << org << QStringLiteral("12345")
                            << QStringLiteral("22 66 99 00") << QStringList();
        QTest::newRow("ok without HER-id and phone")
            << QStringLiteral("Ekeberg legekontor") << org << QString() << QString() << QStringList();
        QTest::newRow("no name") << QStringLiteral("  ") << org << QString() << QString()
                                 << QStringList {Validation::kName};
        QTest::newRow("bad org number") << QStringLiteral("X") << QStringLiteral("974760674") << QString() << QString()
                                        << QStringList {Validation::kOrgNumber};
        QTest::newRow("no org number") << QStringLiteral("X") << QString() << QString() << QString()
                                       << QStringList {Validation::kOrgNumber};
        QTest::newRow("bad HER-id") << QStringLiteral("X") << org << QStringLiteral("12a") << QString()
                                    << QStringList {Validation::kHerId};
        QTest::newRow("bad phone") << QStringLiteral("X") << org << QString() << QStringLiteral("123")
                                   << QStringList {Validation::kPhone};
    }
    void actor()
    {
        QFETCH(QString, name);
        QFETCH(QString, orgNumber);
        QFETCH(QString, herId);
        QFETCH(QString, phone);
        QFETCH(QStringList, refused);
        Actor a;
        a.name = name;
        a.orgNumber = orgNumber;
        a.herId = herId;
        a.phone = phone;
        QCOMPARE(fields(Validation::validateActor(a)), refused);
    }

    void practitioner_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("hpr");
        QTest::addColumn<QStringList>("refused");
        QTest::newRow("ok") << QStringLiteral("Andersen") << QStringLiteral("9144889") << QStringList();
        QTest::newRow("no family name") << QString() << QStringLiteral("9144889") << QStringList {Validation::kFamily};
        QTest::newRow("no HPR") << QStringLiteral("Andersen") << QString() << QStringList {Validation::kHprNumber};
        QTest::newRow("HPR with letters")
            << QStringLiteral("Andersen") << QStringLiteral("91448x9") << QStringList {Validation::kHprNumber};
    }
    void practitioner()
    {
        QFETCH(QString, family);
        QFETCH(QString, hpr);
        QFETCH(QStringList, refused);
        Practitioner p;
        p.given = QStringLiteral("Knut");
        p.family = family;
        p.hprNumber = hpr;
        QCOMPARE(fields(Validation::validatePractitioner(p)), refused);
    }

    void absenceRules_data()
    {
        QTest::addColumn<Absence>("candidate");
        QTest::addColumn<QStringList>("refused"); // empty: accepted
        const QDate d(2026, 12, 1);
        const QString ekons = kEkons;
        const QStringList none;
        const QString kText = Validation::citizenTextField(ekons);
        // Another absence of GP r1 closes e-konsultasjon from 1 to 10 January 2027 (see absenceRules()).
        QTest::newRow("ok, one closed") << absence(d, d.addDays(9), {closed(ekons)}) << none;
        QTest::newRow("ok, one day (both inclusive)")
            << absence(d, d, {substitute(QStringLiteral("e-kontakt"))}) << none;
        QTest::newRow("ok, ends today") << absence(kToday.addDays(-3), kToday, {closed(ekons)}) << none;
        QTest::newRow("ok, all six GP services") << absence(d, d,
            {closed(ekons), closed(QStringLiteral("e-kontakt")), substitute(QStringLiteral("timebestilling")),
                substitute(QStringLiteral("reseptfornyelse")), closed(QStringLiteral("video")),
                closed(QStringLiteral("journalkopi"))})
                                                 << none;
        QTest::newRow("to before from") << absence(d, d.addDays(-1), {closed(ekons)}) << QStringList {Validation::kTo};
        QTest::newRow("ended yesterday") << absence(kToday.addDays(-5), kToday.addDays(-1), {closed(ekons)})
                                         << QStringList {Validation::kTo};
        QTest::newRow("no from") << absence(QDate(), d, {closed(ekons)}) << QStringList {Validation::kFrom};
        QTest::newRow("no to") << absence(d, QDate(), {closed(ekons)}) << QStringList {Validation::kTo};
        QTest::newRow("no services") << absence(d, d.addDays(3), {}) << QStringList {Validation::kServices};
        QTest::newRow("a service twice") << absence(d, d.addDays(3), {closed(ekons), substitute(ekons)})
                                         << QStringList {Validation::kServices};
        QTest::newRow("not a GP service") << absence(d, d.addDays(3), {closed(QStringLiteral("helsestasjon"))})
                                          << QStringList {Validation::kServices};
        QTest::newRow("closed without text")
            << absence(d, d.addDays(3), {closed(ekons, QStringLiteral("   "))}) << QStringList {kText};
        QTest::newRow("closed, text too long")
            << absence(d, d.addDays(3), {closed(ekons, QString(501, u'x'))}) << QStringList {kText};
        QTest::newRow("closed, 500 characters")
            << absence(d, d.addDays(3), {closed(ekons, QString(500, u'x'))}) << none;
        QTest::newRow("closed, 500 characters and spaces around")
            << absence(d, d.addDays(3), {closed(ekons, QStringLiteral("  ") + QString(500, u'x') + u'\n')}) << none;
        QTest::newRow("substitute needs no text")
            << absence(d, d.addDays(3), {substitute(QStringLiteral("reseptfornyelse"))}) << none;
        QTest::newRow("overlaps same service") << absence(QDate(2027, 1, 5), QDate(2027, 1, 12), {closed(ekons)},
            QStringLiteral("new")) << QStringList {Validation::kServices};
        QTest::newRow("overlap, substitute for the same service") << absence(QDate(2026, 12, 20), QDate(2027, 1, 1),
            {substitute(ekons)}, QStringLiteral("new")) << QStringList {Validation::kServices};
        QTest::newRow("encloses the other") << absence(QDate(2026, 12, 31), QDate(2027, 1, 31), {closed(ekons)},
            QStringLiteral("new")) << QStringList {Validation::kServices};
        QTest::newRow("touches the other's last day") << absence(QDate(2027, 1, 10), QDate(2027, 1, 12),
            {closed(ekons)}, QStringLiteral("new")) << QStringList {Validation::kServices};
        QTest::newRow("day after the other ends")
            << absence(QDate(2027, 1, 11), QDate(2027, 1, 12), {closed(ekons)}, QStringLiteral("new")) << none;
        QTest::newRow("day before the other starts")
            << absence(QDate(2026, 12, 28), QDate(2026, 12, 31), {closed(ekons)}, QStringLiteral("new")) << none;
        QTest::newRow("overlap, other service") << absence(
            QDate(2027, 1, 5), QDate(2027, 1, 12), {closed(QStringLiteral("e-kontakt"))}, QStringLiteral("new"))
                                                << none;
        QTest::newRow("overlap, other GP") << absence(
            QDate(2027, 1, 5), QDate(2027, 1, 12), {closed(ekons)}, QStringLiteral("new"), QStringLiteral("r2"))
                                           << none;
        QTest::newRow("editing itself") << absence(QDate(2027, 1, 2), QDate(2027, 1, 9), {closed(ekons)},
            QStringLiteral("existing")) << none;
        QTest::newRow("several faults at once")
            << absence(d, d.addDays(-1), {closed(ekons, QString())}) << QStringList {Validation::kTo, kText};
    }
    void absenceRules()
    {
        QFETCH(Absence, candidate);
        QFETCH(QStringList, refused);
        const Absence existing = absence(
            QDate(2027, 1, 1), QDate(2027, 1, 10), {closed(kEkons)}, QStringLiteral("existing"), QStringLiteral("r1"));
        const Absence otherGp = absence(QDate(2026, 12, 1), QDate(2027, 2, 1), {closed(QStringLiteral("e-kontakt"))},
            QStringLiteral("other"), QStringLiteral("r2"));
        const ValidationResult r = Validation::validateAbsence(candidate, {existing, otherGp}, kToday);
        QCOMPARE(fields(r), refused);
        QCOMPARE(r.ok(), refused.isEmpty());
        for (const QString &field : refused)
            QVERIFY(!r.messageFor(field).isEmpty());
    }

    void infoMessage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("refused");
        const QString nb = QStringLiteral("nb");
        QTest::newRow("ok") << QStringLiteral("Stengt 24. desember") << kToday << kToday.addDays(30) << nb
                            << QStringList();
        QTest::newRow("ok, one character, one day") << QStringLiteral("x") << kToday << kToday << nb << QStringList();
        QTest::newRow("ok, started earlier")
            << QStringLiteral("x") << kToday.addDays(-10) << kToday << nb << QStringList();
        QTest::newRow("ok, nynorsk") << QStringLiteral("Stengd") << kToday << kToday << QStringLiteral("nn")
                                     << QStringList();
        QTest::newRow("ok, English") << QStringLiteral("Closed") << kToday << kToday << QStringLiteral("en")
                                     << QStringList();
        QTest::newRow("1000 characters") << QString(1000, u'x') << kToday << kToday << nb << QStringList();
        QTest::newRow("too long") << QString(1001, u'x') << kToday << kToday << nb << QStringList {Validation::kText};
        QTest::newRow("empty") << QStringLiteral("  ") << kToday << kToday << nb << QStringList {Validation::kText};
        QTest::newRow("to before from") << QStringLiteral("x") << kToday.addDays(2) << kToday.addDays(1) << nb
                                        << QStringList {Validation::kValidTo};
        QTest::newRow("ended") << QStringLiteral("x") << kToday.addDays(-9) << kToday.addDays(-1) << nb
                               << QStringList {Validation::kValidTo};
        QTest::newRow("no start") << QStringLiteral("x") << QDate() << kToday << nb
                                  << QStringList {Validation::kValidFrom};
        QTest::newRow("no end") << QStringLiteral("x") << kToday << QDate() << nb << QStringList {Validation::kValidTo};
        QTest::newRow("unknown language")
            << QStringLiteral("x") << kToday << kToday << QStringLiteral("de") << QStringList {Validation::kLanguage};
    }
    void infoMessage()
    {
        QFETCH(QString, text);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, language);
        QFETCH(QStringList, refused);
        InfoMessage m;
        m.text = text;
        m.validFrom = from;
        m.validTo = to;
        m.language = language;
        const ValidationResult r = Validation::validateInfoMessage(m, kToday);
        QCOMPARE(fields(r), refused);
        QCOMPARE(r.ok(), refused.isEmpty());
    }

    void defaultClosedText_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QDate>("lastDay");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        // Seed 002: "E-konsultasjon er midlertidig stengt av fastlegen din, og åpner igjen 25. april 2024."
        QTest::newRow("seed 002") << kEkons << QDate(2024, 4, 24) << QStringLiteral("nb")
                                  << QStringLiteral(
                                         "E-konsultasjon er midlertidig stengt av fastlegen din, og åpner igjen 25. "
                                         "april 2024.");
        QTest::newRow("nn") << kEkons << QDate(2024, 4, 24) << QStringLiteral("nn")
                            << QStringLiteral(
                                   "E-konsultasjon er mellombels stengd av fastlegen din, og opnar igjen 25. april "
                                   "2024.");
        QTest::newRow("en") << kEkons << QDate(2024, 4, 24) << QStringLiteral("en")
                            << QStringLiteral(
                                   "E-consultation is temporarily closed by your GP and opens again on 25 April 2024.");
        QTest::newRow("nn, over the new year")
            << QStringLiteral("reseptfornyelse") << QDate(2026, 12, 31) << QStringLiteral("nn")
            << QStringLiteral("Reseptfornying er mellombels stengd av fastlegen din, og opnar igjen 1. januar 2027.");
        QTest::newRow("nb, leap day") << QStringLiteral("reseptfornyelse") << QDate(2028, 2, 28) << QStringLiteral("nb")
                                      << QStringLiteral(
                                             "Reseptfornyelse er midlertidig stengt av fastlegen din, og åpner igjen "
                                             "29. februar 2028.");
        QTest::newRow("en, month end") << QStringLiteral("e-kontakt") << QDate(2026, 2, 28) << QStringLiteral("en")
                                       << QStringLiteral(
                                              "E-contact is temporarily closed by your GP and opens again on 1 March "
                                              "2026.");
        QTest::newRow("nb, timebestilling")
            << QStringLiteral("timebestilling") << QDate(2026, 5, 16) << QStringLiteral("nb")
            << QStringLiteral("Timebestilling er midlertidig stengt av fastlegen din, og åpner igjen 17. mai 2026.");
        QTest::newRow("nb, video") << QStringLiteral("video") << QDate(2026, 6, 30) << QStringLiteral("nb")
                                   << QStringLiteral(
                                          "Videokonsultasjon er midlertidig stengt av fastlegen din, og åpner igjen "
                                          "1. juli 2026.");
        QTest::newRow("nn, journalkopi") << QStringLiteral("journalkopi") << QDate(2026, 10, 9) << QStringLiteral("nn")
                                         << QStringLiteral(
                                                "Journalkopi er mellombels stengd av fastlegen din, og opnar igjen 10. "
                                                "oktober 2026.");
        QTest::newRow("en, video") << QStringLiteral("video") << QDate(2026, 12, 14) << QStringLiteral("en")
                                   << QStringLiteral(
                                          "Video consultation is temporarily closed by your GP and opens again on 15 "
                                          "December 2026.");
    }
    void defaultClosedText()
    {
        QFETCH(QString, service);
        QFETCH(QDate, lastDay);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QCOMPARE(Validation::defaultClosedText(service, lastDay, language), expected);
        // The default text is always acceptable as a citizen text.
        Absence a = absence(kToday, lastDay < kToday ? kToday : lastDay, {closed(service, expected)});
        QVERIFY(Validation::validateAbsence(a, {}, QDate(2024, 1, 1)).ok());
    }

    void citizenDateWritesMonthsOut()
    {
        const QStringList nb {QStringLiteral("januar"), QStringLiteral("februar"), QStringLiteral("mars"),
            QStringLiteral("april"), QStringLiteral("mai"), QStringLiteral("juni"), QStringLiteral("juli"),
            QStringLiteral("august"), QStringLiteral("september"), QStringLiteral("oktober"),
            QStringLiteral("november"), QStringLiteral("desember")};
        for (int month = 1; month <= 12; ++month) {
            const QDate date(2026, month, 5);
            QCOMPARE(Validation::citizenDate(date, QStringLiteral("nb")),
                QStringLiteral("5. %1 2026").arg(nb.at(month - 1)));
            QCOMPARE(Validation::citizenDate(date, QStringLiteral("nn")),
                QStringLiteral("5. %1 2026").arg(nb.at(month - 1)));
        }
        QCOMPARE(Validation::citizenDate(QDate(2026, 8, 31), QStringLiteral("en")), QStringLiteral("31 August 2026"));
        QCOMPARE(Validation::citizenDate(QDate(), QStringLiteral("nb")), QString());
    }

    void serviceTypes()
    {
        QCOMPARE(ServiceType::gpServices().size(), 6);
        QCOMPARE(ServiceType::municipalContacts().size(), 27);
        for (const QString &code : ServiceType::gpServices()) {
            QVERIFY(ServiceType::isGpService(code));
            QVERIFY(ServiceType::displayName(code) != code);
            QVERIFY(ServiceType::citizenName(code, QStringLiteral("nb")) != code);
        }
        for (const QString &code : ServiceType::municipalContacts()) {
            QVERIFY(!ServiceType::isGpService(code));
            QVERIFY(ServiceType::isKnown(code));
            QVERIFY2(ServiceType::displayName(code) != code, qPrintable(code));
        }
        QCOMPARE(ServiceType::displayName(QStringLiteral("e-konsultasjon")), QStringLiteral("E-consultation"));
        QCOMPARE(ServiceType::displayName(QStringLiteral("journalkopi")), QStringLiteral("Copy of medical record"));
        QCOMPARE(ServiceType::displayName(QStringLiteral("helsestasjon")),
            QStringLiteral("Health station and youth health station"));
        QCOMPARE(ServiceType::displayName(QStringLiteral("unknown-code")), QStringLiteral("unknown-code"));
        QVERIFY(!ServiceType::isKnown(QStringLiteral("unknown-code")));
        QCOMPARE(ServiceType::citizenName(QStringLiteral("reseptfornyelse"), QStringLiteral("nn")),
            QStringLiteral("Reseptfornying"));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
