// An absence notice in each citizen language: the editor pre-fills bokmål, nynorsk and English,
// keeps each as typed while the language is switched, follows the dates until a text is written,
// leaves a translation empty when the secretary empties it (citizens then get bokmål), and writes a
// missing bokmål text in bokmål.
#include "absenceeditor.h"
#include "datefield.h"
#include "languagemanager.h"
#include "validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace hn;
using models::AffectedService;
using models::Validation;

namespace {

const QDate kToday(2026, 12, 5);

struct Editor
{
    std::unique_ptr<ui::AbsenceEditor> editor;
    QComboBox *language() const { return editor->findChild<QComboBox *>(QStringLiteral("citizenLanguage")); }
    QPlainTextEdit *text() const { return editor->findChild<QPlainTextEdit *>(QStringLiteral("text:e-konsultasjon")); }
    void show(const QString &code) const { language()->setCurrentIndex(language()->findData(code)); }
    void retype(const QString &value) const
    {
        text()->selectAll();
        text()->setFocus();
        if (value.isEmpty())
            QTest::keyClick(text(), Qt::Key_Delete);
        else
            QTest::keyClicks(text(), value);
    }
    void setTo(const QDate &date) const
    {
        auto *to = editor->findChild<ui::DateField *>(QStringLiteral("toDate"));
        to->setDate(date);
    }
    AffectedService saved() const
    {
        if (!editor->trySave() || editor->result().isEmpty() || editor->result().first().services.isEmpty())
            return {};
        return editor->result().first().services.first();
    }
};

Editor openEditor()
{
    Editor e;
    e.editor = std::make_unique<ui::AbsenceEditor>(
        QList<ui::AbsenceEditor::Gp> {{QStringLiteral("r1"), QStringLiteral("Kari Berg")}},
        QStringList {QStringLiteral("e-konsultasjon")}, QList<models::Absence> {}, kToday);
    e.editor->show();
    return e;
}

void closeConsultation(const Editor &e)
{
    e.editor->findChild<QCheckBox *>(QStringLiteral("service:e-konsultasjon"))->setChecked(true);
    e.editor->findChild<QComboBox *>(QStringLiteral("mode:e-konsultasjon"))->setCurrentIndex(1);
}

QString closedText(const QDate &lastDay, const QString &language)
{
    return Validation::defaultClosedText(QStringLiteral("e-konsultasjon"), lastDay, language);
}

} // namespace

class TestAbsenceTexts : public QObject
{
    Q_OBJECT
    ui::LanguageManager m_languages;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_languages.setLanguage(QStringLiteral("nb"))); }

    void eachLanguageIsPrefilledAndFollowsTheDates()
    {
        const Editor e = openEditor();
        closeConsultation(e);
        QCOMPARE(e.text()->toPlainText(), closedText(kToday.addDays(6), QStringLiteral("nb")));
        e.show(QStringLiteral("nn"));
        QCOMPARE(e.text()->toPlainText(), closedText(kToday.addDays(6), QStringLiteral("nn")));
        QVERIFY(e.text()->toPlainText().contains(QStringLiteral("mellombels stengd")));
        e.setTo(QDate(2026, 12, 20)); // a text not written by hand follows the last day, in every language
        QCOMPARE(e.text()->toPlainText(), closedText(QDate(2026, 12, 20), QStringLiteral("nn")));
        const AffectedService s = e.saved();
        QCOMPARE(s.citizenText, closedText(QDate(2026, 12, 20), QStringLiteral("nb")));
        QCOMPARE(s.translations.value(QStringLiteral("nn")), closedText(QDate(2026, 12, 20), QStringLiteral("nn")));
        QCOMPARE(s.translations.value(QStringLiteral("en")), closedText(QDate(2026, 12, 20), QStringLiteral("en")));
        QVERIFY(s.translations.value(QStringLiteral("en")).startsWith(QStringLiteral("E-consultation is temporarily")));
    }

    void eachTextIsKeptAsTypedAcrossSwitches()
    {
        const Editor e = openEditor();
        closeConsultation(e);
        e.retype(QStringLiteral("Stengt i ferien."));
        e.show(QStringLiteral("nn"));
        e.retype(QStringLiteral("Stengd i ferien."));
        e.show(QStringLiteral("en"));
        e.retype(QStringLiteral("Closed for the holidays."));
        e.show(QStringLiteral("nb"));
        QCOMPARE(e.text()->toPlainText(), QStringLiteral("Stengt i ferien."));
        e.setTo(QDate(2026, 12, 24)); // written by hand: the dates leave them alone
        e.show(QStringLiteral("nn"));
        QCOMPARE(e.text()->toPlainText(), QStringLiteral("Stengd i ferien."));
        const AffectedService s = e.saved();
        QCOMPARE(s.citizenText, QStringLiteral("Stengt i ferien."));
        QCOMPARE(s.translations,
            (QMap<QString, QString> {{QStringLiteral("nn"), QStringLiteral("Stengd i ferien.")},
                {QStringLiteral("en"), QStringLiteral("Closed for the holidays.")}}));
    }

    void anEmptiedTranslationStaysEmptyAndSaysWhatCitizensSee()
    {
        const Editor e = openEditor();
        closeConsultation(e);
        e.show(QStringLiteral("en"));
        e.retype(QString());
        QVERIFY(e.text()->toPlainText().isEmpty());
        e.setTo(QDate(2026, 12, 20)); // not filled in again
        QVERIFY(e.text()->toPlainText().isEmpty());
        QVERIFY2(
            e.text()->placeholderText().contains(QStringLiteral("bokmål")), qPrintable(e.text()->placeholderText()));
        e.show(QStringLiteral("nb"));
        QVERIFY(e.text()->placeholderText().isEmpty());
        const AffectedService s = e.saved();
        QVERIFY(!s.translations.contains(QStringLiteral("en")));
        QVERIFY(s.translations.contains(QStringLiteral("nn")));
        QVERIFY(s.fallsBackIn(QStringLiteral("en")));
    }

    void anAbsenceSavedInBokmalOnlyIsNotTranslatedBehindTheSecretarysBack()
    {
        const Editor e = openEditor();
        models::Absence a;
        a.id = QStringLiteral("a1");
        a.practitionerRoleId = QStringLiteral("r1");
        a.from = QDate(2026, 12, 7);
        a.to = QDate(2026, 12, 11);
        a.services = {{QStringLiteral("e-konsultasjon"), AffectedService::Mode::Closed, QStringLiteral("Stengt."),
            {{QStringLiteral("en"), QStringLiteral("Closed.")}}}};
        e.editor->setAbsence(a);
        QCOMPARE(e.text()->toPlainText(), QStringLiteral("Stengt."));
        e.setTo(QDate(2026, 12, 14));
        e.show(QStringLiteral("nn"));
        QVERIFY(e.text()->toPlainText().isEmpty());
        e.show(QStringLiteral("en"));
        QCOMPARE(e.text()->toPlainText(), QStringLiteral("Closed."));
        const AffectedService s = e.saved();
        QCOMPARE(s.citizenText, QStringLiteral("Stengt."));
        QCOMPARE(s.translations, (QMap<QString, QString> {{QStringLiteral("en"), QStringLiteral("Closed.")}}));
    }

    void aMissingBokmalTextIsAskedForInBokmal()
    {
        const Editor e = openEditor();
        closeConsultation(e);
        e.retype(QString());
        e.show(QStringLiteral("nn"));
        QVERIFY(!e.editor->trySave());
        QCOMPARE(e.language()->currentData().toString(), QStringLiteral("nb"));
        QVERIFY(e.text()->toPlainText().isEmpty());
        QVERIFY(!e.editor->errorText(Validation::citizenTextField(QStringLiteral("e-konsultasjon"))).isEmpty());
    }

    void aTooLongTranslationIsRefusedByName()
    {
        const Editor e = openEditor();
        closeConsultation(e);
        e.show(QStringLiteral("nn"));
        e.text()->setPlainText(QString(Validation::kMaxCitizenText + 1, QLatin1Char('x')));
        QVERIFY(!e.editor->trySave());
        const QString error = e.editor->errorText(Validation::citizenTextField(QStringLiteral("e-konsultasjon")));
        QVERIFY2(error.contains(QStringLiteral("nynorsk")), qPrintable(error));
    }
};

QTEST_MAIN(TestAbsenceTexts)
#include "tst_absencetexts.moc"
