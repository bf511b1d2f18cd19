#include "absenceeditor.h"
#include "datefield.h"
#include "dialogsupport.h"
#include "fhir/mapping.h"
#include "itemmodels.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "officepage.h"
#include "preview/citizenpage.h"
#include "previewpane.h"
#include "repo/editcommand.h"
#include "repo/office.h"
#include "store/store.h"
#include "undobar.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>

using namespace hn;

namespace {

QJsonObject withMeta(QJsonObject r)
{
    r.insert(QStringLiteral("meta"),
        QJsonObject {{QStringLiteral("versionId"), QStringLiteral("1")},
            {QStringLiteral("lastUpdated"), QStringLiteral("2026-11-01T10:00:00.000Z")}});
    return r;
}

// A stored absence of the GP role `roleId` from `from` to `to`, affecting e-konsultasjon with `mode`
// ("substitute" or "closed").
QJsonObject absenceFor(
    const QString &id, const QString &roleId, const QDate &from, const QDate &to, const QString &mode)
{
    models::Absence a;
    a.id = id;
    a.practitionerRoleId = roleId;
    a.from = from;
    a.to = to;
    a.services = {{QStringLiteral("e-konsultasjon"),
        mode == QLatin1String("closed") ? models::AffectedService::Mode::Closed
                                        : models::AffectedService::Mode::Substitute,
        {}, {}}};
    return fhir::toFhir(a);
}

// The office of every test: Ekeberg legekontor with three services, offered by both its GPs.
QList<QJsonObject> ekebergOffice()
{
    QList<QJsonObject> resources;
    models::Actor office;
    office.id = QStringLiteral("office-1");
    office.kind = models::ActorKind::GpOffice;
    office.name = QStringLiteral("Ekeberg legekontor");
    office.phone = QStringLiteral("+47 22 66 99 00");
    resources << withMeta(fhir::toFhir(office));
    QStringList offered;
    for (const QString &code :
        {QStringLiteral("e-konsultasjon"), QStringLiteral("e-kontakt"), QStringLiteral("reseptfornyelse")}) {
        models::HealthcareService service;
        service.id = QStringLiteral("hs-") + code;
        service.providedById = office.id;
        service.serviceType = code;
        if (code == QLatin1String("e-konsultasjon"))
            service.comment = QStringLiteral("Sykmeldinger krever fysisk legetime.");
        resources << withMeta(fhir::toFhir(service));
        offered << service.id;
    }
    for (int i = 1; i <= 2; ++i) {
        models::Practitioner gp;
        gp.id = QStringLiteral("p%1").arg(i);
        gp.given = i == 1 ? QStringLiteral("Knut") : QStringLiteral("Kari");
        gp.family = i == 1 ? QStringLiteral("Andersen") : QStringLiteral("Berg");
        resources << withMeta(fhir::toFhir(gp));
        models::PractitionerRole role;
        role.id = QStringLiteral("r%1").arg(i);
        role.practitionerId = gp.id;
        role.organizationId = office.id;
        role.healthcareServiceIds = offered;
        resources << withMeta(fhir::toFhir(role));
    }
    return resources;
}

// Types a date into a date field with the keyboard, as a user would (all of it, as after a click
// into the field and Ctrl+A), and leaves the field.
void typeDate(hn::ui::DateField *edit, const QDate &date)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, date.toString(QStringLiteral("dd.MM.yyyy")));
    QTest::keyClick(edit, Qt::Key_Tab);
    QCOMPARE(edit->date(), date);
}

// On the info tab, writes and saves two new messages ("Første", "Andre"); returns their list, or
// nullptr when they are not both there.
QTableView *twoInfoMessages(ui::OfficePage *p)
{
    p->findChild<QTabWidget *>()->setCurrentIndex(ui::OfficePage::InfoTab);
    auto *text = p->findChild<QPlainTextEdit *>(QStringLiteral("infoText"));
    auto *save = p->findChild<QPushButton *>(QStringLiteral("saveInfo"));
    auto *fresh = p->findChild<QPushButton *>(QStringLiteral("newInfo"));
    for (const QString &message : {QStringLiteral("Første"), QStringLiteral("Andre")}) {
        QTest::mouseClick(fresh, Qt::LeftButton);
        QTest::keyClicks(text, message);
        QTest::mouseClick(save, Qt::LeftButton);
    }
    return p->infoModel()->rowCount() == 2 ? p->findChild<QTableView *>(QStringLiteral("infoList")) : nullptr;
}

} // namespace

class TestOfficePage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;
    QUndoStack m_undo;
    int m_n = 0;
    const QDate m_today {2026, 11, 23};

    std::unique_ptr<ui::OfficePage> page()
    {
        auto *office = new repo::Office(m_store.get(), nullptr, QStringLiteral("office-1"));
        auto p = std::make_unique<ui::OfficePage>(office, &m_undo);
        office->setParent(p.get());
        p->setToday(m_today);
        p->resize(1000, 700);
        p->show();
        return p;
    }

    int outboxSize() const { return int(m_store->outbox().size()); }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway)); }

    void init()
    {
        m_undo.clear();
        store::Error error;
        m_store = store::Store::open(m_dir.filePath(QStringLiteral("office%1.sqlite").arg(++m_n)), &error);
        QVERIFY(m_store);
        QVERIFY(m_store->applyServerResources(ekebergOffice()));
    }

    void createsAnAbsenceForTwoServicesWithTheKeyboardAndMouse()
    {
        auto p = page();
        QAbstractItemModelTester tester(p->absenceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        p->tabs()->setCurrentIndex(ui::OfficePage::AbsencesTab);
        auto *add = p->findChild<QPushButton *>(QStringLiteral("addAbsence"));
        QVERIFY(add);
        QTest::mouseClick(add, Qt::LeftButton);
        auto *editor = p->findChild<ui::AbsenceEditor *>();
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));

        auto *gp = editor->findChild<QComboBox *>(QStringLiteral("gpCombo"));
        QCOMPARE(gp->currentData().toString(), QStringLiteral("r1")); // Knut Andersen first
        typeDate(editor->findChild<hn::ui::DateField *>(QStringLiteral("fromDate")), QDate(2026, 12, 1));
        typeDate(editor->findChild<hn::ui::DateField *>(QStringLiteral("toDate")), QDate(2026, 12, 10));
        QCOMPARE(editor->findChild<hn::ui::DateField *>(QStringLiteral("toDate"))->date(), QDate(2026, 12, 10));

        // e-konsultasjon: closed (keyboard in the mode box); reseptfornyelse: served by a substitute.
        auto *consultation = editor->findChild<QCheckBox *>(QStringLiteral("service:e-konsultasjon"));
        QTest::mouseClick(consultation, Qt::LeftButton, {}, QPoint(5, consultation->height() / 2));
        QVERIFY(consultation->isChecked());
        auto *mode = editor->findChild<QComboBox *>(QStringLiteral("mode:e-konsultasjon"));
        mode->setFocus();
        QTest::keyClick(mode, Qt::Key_Down);
        QCOMPARE(mode->currentIndex(), 1);
        auto *text = editor->findChild<QPlainTextEdit *>(QStringLiteral("text:e-konsultasjon"));
        QCOMPARE(text->toPlainText(),
            QStringLiteral("E-konsultasjon er midlertidig stengt av fastlegen din, og åpner igjen 11. desember 2026."));
        auto *renewal = editor->findChild<QCheckBox *>(QStringLiteral("service:reseptfornyelse"));
        QTest::mouseClick(renewal, Qt::LeftButton, {}, QPoint(5, renewal->height() / 2));

        QSignalSpy outbox(m_store.get(), &store::Store::outboxChanged);
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QCOMPARE(outbox.count(), 1);
        const store::OutboxEntry entry = m_store->outbox().last();
        QCOMPARE(entry.operation, store::Operation::Create);
        QCOMPARE(entry.type, QStringLiteral("Basic"));
        const models::Absence saved = fhir::absenceFromFhir(entry.body).value();
        QCOMPARE(saved.practitionerRoleId, QStringLiteral("r1"));
        QCOMPARE(saved.from, QDate(2026, 12, 1));
        QCOMPARE(saved.to, QDate(2026, 12, 10));
        QCOMPARE(saved.services.size(), 2);
        QCOMPARE(saved.service(QStringLiteral("e-konsultasjon"))->mode, models::AffectedService::Mode::Closed);
        QCOMPARE(saved.service(QStringLiteral("reseptfornyelse"))->mode, models::AffectedService::Mode::Substitute);
        QCOMPARE(p->absenceModel()->rowCount(), 1);

        // The citizen preview: inside the period e-konsultasjon is replaced by the text ...
        p->tabs()->setCurrentIndex(ui::OfficePage::PreviewTab);
        ui::PreviewPane *pane = p->previewPane();
        pane->setLanguage(QStringLiteral("nb"));
        pane->setDate(QDate(2026, 12, 10));
        QString html = pane->currentHtml();
        QVERIFY(html.contains(QStringLiteral("data-code=\"e-konsultasjon\" data-state=\"closed\"")));
        QVERIFY(html.contains(QStringLiteral("åpner igjen 11. desember 2026.")));
        QVERIFY(html.contains(QStringLiteral("data-code=\"reseptfornyelse\" data-state=\"substitute\"")));
        QVERIFY(!html.contains(QStringLiteral("Legekontoret om e-konsultasjon")));
        QVERIFY(pane->findChild<QLabel *>(QStringLiteral("previewFallback"))->isHidden());
        // A citizen who reads nynorsk or English reads the notice in their language.
        pane->setLanguage(QStringLiteral("nn"));
        QVERIFY(pane->currentHtml().contains(QStringLiteral("mellombels stengd av fastlegen din, og opnar igjen")));
        pane->setLanguage(QStringLiteral("en"));
        QVERIFY(pane->currentHtml().contains(QStringLiteral("temporarily closed by your GP and opens again")));
        QVERIFY(pane->findChild<QLabel *>(QStringLiteral("previewFallback"))->isHidden());
        pane->setLanguage(QStringLiteral("nb"));
        // ... and the day after, it is open again with the office's own text on its start page.
        pane->setDate(QDate(2026, 12, 11));
        html = pane->currentHtml();
        QVERIFY(html.contains(QStringLiteral("data-code=\"e-konsultasjon\" data-state=\"open\"")));
        QVERIFY(html.contains(QStringLiteral("data-code=\"reseptfornyelse\" data-state=\"open\"")));
        QVERIFY(html.contains(QStringLiteral("Legekontoret om e-konsultasjon")));
        QVERIFY(html.contains(QStringLiteral("Sykmeldinger krever fysisk legetime.")));
        // The quick button jumps to the next absence.
        pane->setDate(QDate(2026, 11, 23));
        QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("previewNextAbsence")), Qt::LeftButton);
        QCOMPARE(pane->date(), QDate(2026, 12, 1));
    }

    void theNoticeFallsBackToBokmalWithAWarning()
    {
        // An absence written elsewhere in bokmål only.
        models::Absence a;
        a.id = QStringLiteral("a-nb");
        a.practitionerRoleId = QStringLiteral("r1");
        a.from = QDate(2026, 12, 1);
        a.to = QDate(2026, 12, 10);
        a.services = {{QStringLiteral("e-konsultasjon"), models::AffectedService::Mode::Closed,
            QStringLiteral("Stengt hele desember."), {{QStringLiteral("en"), QStringLiteral("Closed all December.")}}}};
        QVERIFY(m_store->applyServerResources({withMeta(fhir::toFhir(a))}));
        auto p = page();
        p->tabs()->setCurrentIndex(ui::OfficePage::PreviewTab);
        ui::PreviewPane *pane = p->previewPane();
        auto *warning = pane->findChild<QLabel *>(QStringLiteral("previewFallback"));
        pane->setDate(QDate(2026, 12, 5));
        pane->setLanguage(QStringLiteral("nn"));
        QVERIFY(pane->currentHtml().contains(QStringLiteral("Stengt hele desember.")));
        QVERIFY(!warning->isHidden());
        QVERIFY2(warning->text().contains(QStringLiteral("nynorsk")), qPrintable(warning->text()));
        QVERIFY2(warning->text().contains(QStringLiteral("E-consultation")), qPrintable(warning->text()));
        pane->setLanguage(QStringLiteral("en"));
        QVERIFY(pane->currentHtml().contains(QStringLiteral("Closed all December.")));
        QVERIFY(warning->isHidden());
        pane->setLanguage(QStringLiteral("nb"));
        QVERIFY(warning->isHidden());
        pane->setLanguage(QStringLiteral("nn"));
        pane->setDate(QDate(2026, 12, 11)); // open again: nothing falls back
        QVERIFY(warning->isHidden());
    }

    void refusedInputShowsAMessageAndStoresNothing_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<bool>("clearText");
        QTest::addColumn<QString>("errorField");
        QTest::newRow("to before from") << QDate(2026, 12, 10) << QDate(2026, 12, 1) << false << QStringLiteral("to");
        QTest::newRow("overlap") << QDate(2027, 1, 5) << QDate(2027, 1, 8) << false << QStringLiteral("services");
        QTest::newRow("empty text for a closed service")
            << QDate(2026, 12, 1) << QDate(2026, 12, 2) << true << QStringLiteral("citizenText:e-konsultasjon");
    }
    void refusedInputShowsAMessageAndStoresNothing()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(bool, clearText);
        QFETCH(QString, errorField);
        // An existing absence for the overlap case.
        const QJsonObject existing = absenceFor(QStringLiteral("old"), QStringLiteral("r1"), QDate(2027, 1, 1),
            QDate(2027, 1, 10), QStringLiteral("substitute"));
        QVERIFY(m_store->applyServerResources({withMeta(existing)}));
        auto p = page();
        QCOMPARE(p->absenceModel()->rowCount(), 1);
        ui::AbsenceEditor *editor = p->openAbsenceEditor();
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        typeDate(editor->findChild<hn::ui::DateField *>(QStringLiteral("fromDate")), from);
        typeDate(editor->findChild<hn::ui::DateField *>(QStringLiteral("toDate")), to);
        auto *consultation = editor->findChild<QCheckBox *>(QStringLiteral("service:e-konsultasjon"));
        QTest::mouseClick(consultation, Qt::LeftButton, {}, QPoint(5, consultation->height() / 2));
        auto *mode = editor->findChild<QComboBox *>(QStringLiteral("mode:e-konsultasjon"));
        mode->setFocus();
        QTest::keyClick(mode, Qt::Key_Down);
        if (clearText) {
            auto *text = editor->findChild<QPlainTextEdit *>(QStringLiteral("text:e-konsultasjon"));
            text->setFocus();
            QTest::keyClick(text, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClick(text, Qt::Key_Delete);
            QVERIFY(text->toPlainText().isEmpty());
        }
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QVERIFY(editor->isVisible());
        auto *label = editor->findChild<QLabel *>(QStringLiteral("error:") + errorField);
        QVERIFY(label);
        QVERIFY(label->isVisible());
        QVERIFY(!label->text().isEmpty());
        QCOMPARE(outboxSize(), 0);
        QCOMPARE(p->absenceModel()->rowCount(), 1);
        editor->reject();
    }

    void officeVacationIsOneAction()
    {
        auto p = page();
        QTest::mouseClick(p->findChild<QPushButton *>(QStringLiteral("officeVacation")), Qt::LeftButton);
        auto *editor = p->findChild<ui::AbsenceEditor *>();
        QVERIFY(editor);
        QCOMPARE(editor->findChild<QComboBox *>(QStringLiteral("gpCombo"))->currentData().toString(), QString());
        typeDate(editor->findChild<hn::ui::DateField *>(QStringLiteral("fromDate")), QDate(2027, 7, 1));
        typeDate(editor->findChild<hn::ui::DateField *>(QStringLiteral("toDate")), QDate(2027, 7, 21));
        for (const char *code : {"service:e-konsultasjon", "service:e-kontakt"})
            editor->findChild<QCheckBox *>(QLatin1String(code))->click();
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QCOMPARE(outboxSize(), 2);
        QCOMPARE(p->absenceModel()->rowCount(), 2);
        QCOMPARE(m_undo.count(), 1); // one step to undo
        m_undo.undo();
        QCOMPARE(outboxSize(), 0);
        QCOMPARE(p->absenceModel()->rowCount(), 0);
        m_undo.redo();
        QCOMPARE(outboxSize(), 2);
    }

    // An edit whose send was tried (the answer was lost: it may be on the server) is not taken back
    // by Undo, which would drop it here while citizens may see it there: Undo sends a change that
    // sets it back after it.
    void anEditThatMayHaveBeenSentIsNotTakenBack()
    {
        QJsonObject office = m_store->resource(QStringLiteral("Organization"), QStringLiteral("office-1"))->json;
        office.insert(QStringLiteral("name"), QStringLiteral("Nytt navn legesenter"));
        auto *command = new repo::EditCommand(
            m_store.get(), nullptr, repo::EditCommand::Kind::Update, office, QStringLiteral("rename"));
        m_undo.push(command);
        const qint64 seq = command->seq();
        QVERIFY(seq > 0);
        QVERIFY(command->canTakeBack());
        QVERIFY(m_store->recordAttempt(seq, QStringLiteral("the connection was closed before the answer came")));
        QVERIFY(!command->canTakeBack());
        m_undo.undo();
        QCOMPARE(outboxSize(), 2); // still there, to be sent (or found on the server) ...
        QCOMPARE(m_store->outbox().first().seq, seq);
        // ... and after it the name as it was, on the same server copy.
        const store::OutboxEntry back = m_store->outbox().last();
        QCOMPARE(back.operation, store::Operation::Update);
        QCOMPARE(back.body.value(QStringLiteral("name")).toString(), QStringLiteral("Ekeberg legekontor"));
        QCOMPARE(back.baseVersionId, QStringLiteral("1"));
        QCOMPARE(command->lastOutcome(), repo::EditCommand::Outcome::Reversed);
        QCOMPARE(m_store->resource(QStringLiteral("Organization"), QStringLiteral("office-1"))
                     ->json.value(QStringLiteral("name"))
                     .toString(),
            QStringLiteral("Ekeberg legekontor"));
        // Redo takes that change back while it waits, and the edit stands again.
        m_undo.redo();
        QCOMPARE(command->lastOutcome(), repo::EditCommand::Outcome::TakenBack);
        QCOMPARE(outboxSize(), 1);
        QCOMPARE(m_store->outbox().first().seq, seq);
    }

    void togglesServicesWithTheKeyboardAndUndoes()
    {
        auto p = page();
        QTableView *matrix = p->matrixView();
        QAbstractItemModelTester tester(p->servicesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        matrix->setFocus();
        matrix->setCurrentIndex(p->servicesModel()->index(1, 0)); // Kari Berg, e-konsultasjon
        QCOMPARE(p->servicesModel()->index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QTest::keyClick(matrix, Qt::Key_Space);
        QCOMPARE(p->servicesModel()->index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(outboxSize(), 1);
        QCOMPARE(m_store->outbox().first().type, QStringLiteral("PractitionerRole"));
        m_undo.undo();
        QCOMPARE(outboxSize(), 0);
        QCOMPARE(p->servicesModel()->index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        m_undo.redo();
        QCOMPARE(p->servicesModel()->index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

        // Bulk: select the whole e-kontakt column and turn it off for both GPs.
        matrix->selectColumn(1);
        QTest::mouseClick(p->findChild<QPushButton *>(QStringLiteral("turnOffSelected")), Qt::LeftButton);
        QCOMPARE(p->servicesModel()->index(0, 1).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(p->servicesModel()->index(1, 1).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(outboxSize(), 3);
    }

    void aChangedCellIsMarkedUntilTheServerHasIt()
    {
        auto p = page();
        auto *note = p->findChild<QLabel *>(QStringLiteral("pendingNote"));
        const QModelIndex cell = p->servicesModel()->index(1, 0); // Kari Berg, e-konsultasjon
        QVERIFY(!cell.data(models::PendingRole).toBool());
        QVERIFY(note->isHidden());
        p->matrixView()->setFocus();
        p->matrixView()->setCurrentIndex(cell);
        QTest::keyClick(p->matrixView(), Qt::Key_Space);
        QVERIFY(cell.data(models::PendingRole).toBool());
        QVERIFY(cell.data(Qt::BackgroundRole).isValid());
        QCOMPARE(cell.data(Qt::DisplayRole).toString(), QStringLiteral("not yet saved"));
        QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("not yet saved")),
            qPrintable(cell.data(Qt::ToolTipRole).toString()));
        QVERIFY(!p->servicesModel()->index(1, 1).data(models::PendingRole).toBool()); // only the changed cell
        QVERIFY(!p->servicesModel()->index(0, 0).data(models::PendingRole).toBool());
        QVERIFY(!note->isHidden());

        // The server takes it: the mark goes.
        const store::OutboxEntry sent = m_store->outbox().first();
        QJsonObject saved = sent.body;
        saved.insert(QStringLiteral("meta"), QJsonObject {{QStringLiteral("versionId"), QStringLiteral("2")}});
        QVERIFY(m_store->acknowledge(sent.seq, saved));
        QVERIFY(!cell.data(models::PendingRole).toBool());
        QVERIFY(!cell.data(Qt::BackgroundRole).isValid());
        QVERIFY(!cell.data(Qt::DisplayRole).isValid());
        QVERIFY(note->isHidden());
        QCOMPARE(cell.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

        // Undone after it was saved: a reversing edit, marked again until the server has that.
        m_undo.undo();
        QCOMPARE(cell.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(cell.data(models::PendingRole).toBool());
    }

    void eachGpsHeadingNamesTheirNextAbsence()
    {
        const auto absence = [](const QString &id, const QDate &from, const QDate &to) {
            models::Absence a;
            a.id = id;
            a.practitionerRoleId = QStringLiteral("r1");
            a.from = from;
            a.to = to;
            a.services = {{QStringLiteral("e-kontakt"), models::AffectedService::Mode::Substitute, QString()}};
            return withMeta(fhir::toFhir(a));
        };
        QVERIFY(m_store->applyServerResources({absence(QStringLiteral("past"), {2026, 11, 2}, {2026, 11, 6}),
            absence(QStringLiteral("later"), {2027, 1, 4}, {2027, 1, 8})}));
        auto p = page();
        const auto heading
            = [&p](int row) { return p->servicesModel()->headerData(row, Qt::Vertical, Qt::DisplayRole).toString(); };
        QCOMPARE(heading(0), QStringLiteral("Knut Andersen · away 4.1.–8.1."));
        QCOMPARE(heading(1), QStringLiteral("Kari Berg"));
        QVERIFY(m_store->applyServerResources({absence(QStringLiteral("soon"), {2026, 11, 23}, {2026, 11, 27})}));
        QCOMPARE(heading(0), QStringLiteral("Knut Andersen · away 23.11.–27.11. (+1)"));
        const QString tip = p->servicesModel()->headerData(0, Qt::Vertical, Qt::ToolTipRole).toString();
        QVERIFY2(
            tip.contains(QStringLiteral("04.01.2027")) && tip.contains(QStringLiteral("23.11.2026")), qPrintable(tip));
        QVERIFY(!tip.contains(QStringLiteral("02.11.2026"))); // over: not named
        p->setToday(QDate(2026, 11, 30)); // a week on: the first is over
        QCOMPARE(heading(0), QStringLiteral("Knut Andersen · away 4.1.–8.1."));
    }

    void officePhoneIsValidated()
    {
        auto p = page();
        auto *phone = p->findChild<QLineEdit *>(QStringLiteral("officePhone"));
        phone->setFocus();
        phone->selectAll();
        QTest::keyClicks(phone, QStringLiteral("12 34"));
        QTest::keyClick(phone, Qt::Key_Return);
        QVERIFY(p->findChild<QLabel *>(QStringLiteral("phoneError"))->isVisible());
        QCOMPARE(outboxSize(), 0);
        phone->selectAll();
        QTest::keyClicks(phone, QStringLiteral("23 45 67 89"));
        QTest::keyClick(phone, Qt::Key_Return);
        QCOMPARE(outboxSize(), 1);
        QCOMPARE(m_store->resource(QStringLiteral("Organization"), QStringLiteral("office-1"))
                     ->json.value(QStringLiteral("telecom"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toString(),
            QStringLiteral("+47 23 45 67 89"));
    }

    // An absence of a GP who has left the office (the role removed by a sync) is saved for that GP
    // only, never spread over the GPs still there.
    void anAbsenceStaysWithItsGpWhoLeft()
    {
        const QJsonObject absence = absenceFor(QStringLiteral("abs-left"), QStringLiteral("r1"), QDate(2027, 3, 1),
            QDate(2027, 3, 10), QStringLiteral("closed"));
        QVERIFY(m_store->applyServerResources({withMeta(absence)}));
        auto p = page();
        QVERIFY(p->absenceModel()->rowOf(QStringLiteral("abs-left")) >= 0);
        QVERIFY(m_store->applyServerDeletions({{QStringLiteral("PractitionerRole"), QStringLiteral("r1")}}));
        ui::AbsenceEditor *editor = p->openAbsenceEditor(false, QStringLiteral("abs-left"));
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        typeDate(editor->findChild<hn::ui::DateField *>(QStringLiteral("toDate")), QDate(2027, 3, 12));
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QCOMPARE(outboxSize(), 1);
        QCOMPARE(m_store->outbox()
                     .first()
                     .body.value(QStringLiteral("subject"))
                     .toObject()
                     .value(QStringLiteral("reference"))
                     .toString(),
            QStringLiteral("PractitionerRole/r1"));
        QVERIFY(p->absenceModel()->rowOf(QStringLiteral("abs-left")) >= 0); // still listed after the save
    }

    // The phone is saved on the office as it was when typing began, not on a newer copy a sync
    // brought meanwhile (so that sending merges with, or shows, that other change).
    void thePhoneIsSavedOnTheCopyTypedOn()
    {
        auto p = page();
        auto *phone = p->findChild<QLineEdit *>(QStringLiteral("officePhone"));
        phone->setFocus();
        phone->selectAll();
        QTest::keyClicks(phone, QStringLiteral("99 88 77 66"));
        QJsonObject office = m_store->resource(QStringLiteral("Organization"), QStringLiteral("office-1"))->json;
        office.insert(QStringLiteral("name"), QStringLiteral("Ekeberg legekontor AS"));
        office.insert(QStringLiteral("meta"), QJsonObject {{QStringLiteral("versionId"), QStringLiteral("2")}});
        QVERIFY(m_store->applyServerResources({office}));
        QTest::keyClick(phone, Qt::Key_Return);
        QCOMPARE(outboxSize(), 1);
        QCOMPARE(m_store->outbox().first().baseVersionId, QStringLiteral("1"));
    }

    // The info message being typed in is deleted on the server: the typed text stays in the
    // editor and, when saved, becomes a new message.
    void aDeletedMessageBeingTypedInBecomesANewOne()
    {
        auto p = page();
        p->findChild<QTabWidget *>()->setCurrentIndex(ui::OfficePage::InfoTab);
        auto *text = p->findChild<QPlainTextEdit *>(QStringLiteral("infoText"));
        QTest::mouseClick(p->findChild<QPushButton *>(QStringLiteral("newInfo")), Qt::LeftButton);
        QTest::keyClicks(text, QStringLiteral("Stengt"));
        QTest::mouseClick(p->findChild<QPushButton *>(QStringLiteral("saveInfo")), Qt::LeftButton);
        QCOMPARE(p->infoModel()->rowCount(), 1);
        const QString id = p->infoModel()->at(0).id;
        const auto sent = m_store->outbox().first(); // as if sent and answered
        QVERIFY(m_store->acknowledge(sent.seq, withMeta(sent.body)));
        text->setFocus();
        QTest::keyClick(text, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(text, QStringLiteral(" i jula"));
        QVERIFY(m_store->applyServerDeletions({{QStringLiteral("Basic"), id}}));
        QCOMPARE(p->infoModel()->rowCount(), 0);
        QCOMPARE(text->toPlainText(), QStringLiteral("Stengt i jula"));
        QTest::mouseClick(p->findChild<QPushButton *>(QStringLiteral("saveInfo")), Qt::LeftButton);
        QCOMPARE(p->infoModel()->rowCount(), 1);
        QVERIFY(p->infoModel()->at(0).id != id);
        QVERIFY(p->unsavedInput().isEmpty());
    }

    // A GP who moves to another office leaves this office's matrix: their services there can no
    // longer be changed from here.
    void aGpWhoMovesLeavesTheMatrix()
    {
        auto p = page();
        const int before = p->servicesModel()->rowCount();
        models::PractitionerRole role = fhir::practitionerRoleFromFhir(
            m_store->resource(QStringLiteral("PractitionerRole"), QStringLiteral("r1"))->json)
                                            .value();
        role.organizationId = QStringLiteral("elsewhere");
        QJsonObject moved = fhir::toFhir(role);
        moved.insert(QStringLiteral("meta"), QJsonObject {{QStringLiteral("versionId"), QStringLiteral("2")}});
        QVERIFY(m_store->applyServerResources({moved}));
        QCOMPARE(p->servicesModel()->rowCount(), before - 1);
    }

    // A vacation for the whole office when the office has no GPs: refused with a message, not
    // "saved" as nothing.
    void aVacationForAnOfficeWithoutGpsIsRefused()
    {
        QVERIFY(m_store->applyServerDeletions({{QStringLiteral("PractitionerRole"), QStringLiteral("r1")},
            {QStringLiteral("PractitionerRole"), QStringLiteral("r2")}}));
        auto p = page();
        QCOMPARE(p->servicesModel()->rowCount(), 0);
        ui::AbsenceEditor *editor = p->openAbsenceEditor(true);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        auto *consultation = editor->findChild<QCheckBox *>(QStringLiteral("service:e-konsultasjon"));
        QTest::mouseClick(consultation, Qt::LeftButton, {}, QPoint(5, consultation->height() / 2));
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QVERIFY(editor->isVisible());
        QVERIFY(editor->findChild<QLabel *>(QStringLiteral("error:services"))->isVisible());
        QCOMPARE(outboxSize(), 0);
    }

    // The absence editor saves with the copy it was opened on: when a pull brings a newer version
    // while it is open, the edit's base stays the older one (sending then merges with the newer).
    void theAbsenceEditorSavesOnTheCopyItOpened()
    {
        const QJsonObject absence = absenceFor(QStringLiteral("abs-1"), QStringLiteral("r1"), QDate(2027, 2, 1),
            QDate(2027, 2, 10), QStringLiteral("closed"));
        QVERIFY(m_store->applyServerResources({withMeta(absence)}));
        auto p = page();
        ui::AbsenceEditor *editor = p->openAbsenceEditor(false, QStringLiteral("abs-1"));
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        // Someone else's change arrives (version 2) while the editor is open.
        QJsonObject newer = withMeta(absence);
        newer.insert(QStringLiteral("meta"),
            QJsonObject {{QStringLiteral("versionId"), QStringLiteral("2")},
                {QStringLiteral("lastUpdated"), QStringLiteral("2026-11-02T10:00:00.000Z")}});
        QVERIFY(m_store->applyServerResources({newer}));
        typeDate(editor->findChild<hn::ui::DateField *>(QStringLiteral("toDate")), QDate(2027, 2, 12));
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        for (QLabel *error : editor->findChildren<QLabel *>()) {
            if (error->objectName().startsWith(QStringLiteral("error:")))
                QVERIFY2(!error->isVisible(), qPrintable(error->objectName() + QStringLiteral(": ") + error->text()));
        }
        QCOMPARE(outboxSize(), 1);
        QCOMPARE(m_store->outbox().first().baseVersionId, QStringLiteral("1"));
    }

    // Typed and not saved: a sync does not overwrite it, choosing another service keeps it as a
    // draft that comes back, and the page says what is unsaved.
    void typedTextSurvivesSyncsAndOtherChoices()
    {
        auto p = page();
        auto *phone = p->findChild<QLineEdit *>(QStringLiteral("officePhone"));
        phone->setFocus();
        phone->selectAll();
        QTest::keyClicks(phone, QStringLiteral("99 88 77 66"));
        auto *text = p->findChild<QPlainTextEdit *>(QStringLiteral("serviceText"));
        auto *service = p->findChild<QComboBox *>(QStringLiteral("textService"));
        QVERIFY(text && service && service->count() >= 2);
        service->setCurrentIndex(0);
        text->setFocus();
        QTest::keyClick(text, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(text, QStringLiteral(" Ring først."));
        const QString typed = text->toPlainText();
        QCOMPARE(p->unsavedInput().size(), 2);

        // A sync changes the office and adds a GP (which refills the service list).
        models::Actor office
            = fhir::actorFromFhir(m_store->resource(QStringLiteral("Organization"), QStringLiteral("office-1"))->json)
                  .value();
        office.name = QStringLiteral("Ekeberg legekontor AS");
        QJsonObject renamed = fhir::toFhir(office);
        renamed.insert(QStringLiteral("meta"), QJsonObject {{QStringLiteral("versionId"), QStringLiteral("2")}});
        models::PractitionerRole joined;
        joined.id = QStringLiteral("r9");
        joined.organizationId = QStringLiteral("office-1");
        joined.practitionerId = QStringLiteral("p1");
        QVERIFY(m_store->applyServerResources({renamed, withMeta(fhir::toFhir(joined))}));
        QCOMPARE(phone->text(), QStringLiteral("99 88 77 66"));
        QCOMPARE(text->toPlainText(), typed);

        service->setCurrentIndex(1);
        QVERIFY(text->toPlainText() != typed);
        service->setCurrentIndex(0);
        QCOMPARE(text->toPlainText(), typed);
        QCOMPARE(p->unsavedInput().size(), 2);
        QTest::mouseClick(p->findChild<QPushButton *>(QStringLiteral("saveServiceText")), Qt::LeftButton);
        QTest::mouseClick(p->findChild<QPushButton *>(QStringLiteral("savePhone")), Qt::LeftButton);
        QCOMPARE(outboxSize(), 2);
        QVERIFY(p->unsavedInput().isEmpty());
    }

    // Clicking another info message keeps what was typed in the first as a draft, shown again when
    // it is chosen again.
    void aTypedInfoMessageIsKeptWhenAnotherIsChosen()
    {
        auto p = page();
        QTableView *list = twoInfoMessages(p.get());
        QVERIFY(list);
        auto *text = p->findChild<QPlainTextEdit *>(QStringLiteral("infoText"));
        list->setCurrentIndex(list->model()->index(0, 0));
        const QString first = text->toPlainText();
        text->setFocus();
        QTest::keyClick(text, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(text, QStringLiteral(" (endret)"));
        list->setCurrentIndex(list->model()->index(1, 0));
        QVERIFY(!text->toPlainText().endsWith(QStringLiteral(" (endret)")));
        QCOMPARE(p->unsavedInput().size(), 1);
        list->setCurrentIndex(list->model()->index(0, 0));
        QCOMPARE(text->toPlainText(), first + QStringLiteral(" (endret)"));
    }

    // A changed date alone is a change too: kept as a draft when another message is chosen,
    // counted as unsaved input, and gone once saved.
    void anInfoMessagesChangedDateIsKeptAsADraft()
    {
        auto p = page();
        QTableView *list = twoInfoMessages(p.get());
        QVERIFY(list);
        auto *until = p->findChild<hn::ui::DateField *>(QStringLiteral("infoTo"));
        auto *save = p->findChild<QPushButton *>(QStringLiteral("saveInfo"));
        list->setCurrentIndex(list->model()->index(0, 0));
        QVERIFY(p->unsavedInput().isEmpty());
        const QDate later = until->date().addDays(7);
        typeDate(until, later);
        QCOMPARE(p->unsavedInput().size(), 1);
        list->setCurrentIndex(list->model()->index(1, 0));
        QVERIFY(until->date() != later);
        QCOMPARE(p->unsavedInput().size(), 1);
        list->setCurrentIndex(list->model()->index(0, 0));
        QCOMPARE(until->date(), later);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(p->unsavedInput().isEmpty());
        int withLater = 0;
        for (int row = 0; row < p->infoModel()->rowCount(); ++row)
            withLater += p->infoModel()->at(row).validTo == later ? 1 : 0;
        QCOMPARE(withLater, 1);
    }

    // The info period keeps its length when its first day moves; text in it that is no date is
    // refused at save with a message, and nothing is stored.
    void theInfoPeriodKeepsItsLengthAndRefusesTextThatIsNoDate()
    {
        auto p = page();
        p->findChild<QTabWidget *>()->setCurrentIndex(ui::OfficePage::InfoTab);
        auto *text = p->findChild<QPlainTextEdit *>(QStringLiteral("infoText"));
        auto *from = p->findChild<hn::ui::DateField *>(QStringLiteral("infoFrom"));
        auto *to = p->findChild<hn::ui::DateField *>(QStringLiteral("infoTo"));
        QCOMPARE(to->date(), m_today.addDays(30));
        text->setFocus();
        QTest::keyClicks(text, QStringLiteral("Stengt i julen"));
        from->setFocus();
        from->selectAll();
        QTest::keyClicks(from, QStringLiteral("20.12"));
        QTest::keyClick(from, Qt::Key_Tab);
        QCOMPARE(from->date(), QDate(2026, 12, 20));
        QCOMPARE(to->date(), QDate(2027, 1, 19));

        to->setFocus();
        to->selectAll();
        QTest::keyClicks(to, QStringLiteral("etter nyttår"));
        QTest::keyClick(to, Qt::Key_Tab);
        const int outbox = outboxSize();
        QTest::mouseClick(p->findChild<QPushButton *>(QStringLiteral("saveInfo")), Qt::LeftButton);
        QVERIFY(p->findChild<QLabel *>(QStringLiteral("infoError"))->text().contains(QStringLiteral("14.12.2026")));
        QCOMPARE(p->infoModel()->rowCount(), 0);
        QCOMPARE(outboxSize(), outbox);
    }

    // Closing the window with typed, unsaved text asks first; Cancel keeps the window and the text.
    void closingAsksAboutUnsavedInput()
    {
        ui::LanguageManager languages;
        ui::MainWindow window(&languages);
        window.restoreSettings(); // as in the program, where a person uses the window
        auto *p = new ui::OfficePage(
            new repo::Office(m_store.get(), nullptr, QStringLiteral("office-1"), &window), &m_undo, &window);
        p->setToday(m_today);
        window.addPage(p);
        window.showPage(p);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *phone = p->findChild<QLineEdit *>(QStringLiteral("officePhone"));
        phone->setFocus();
        phone->selectAll();
        QTest::keyClicks(phone, QStringLiteral("99 88 77 66"));

        QString asked;
        const auto answer = [&asked](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, [&asked, button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                asked = box->text();
                box->button(button)->click();
            });
        };
        answer(QMessageBox::Cancel);
        QVERIFY(!window.close());
        QVERIFY(asked.contains(QStringLiteral("Ekeberg legekontor")));
        QVERIFY(window.isVisible());
        QCOMPARE(phone->text(), QStringLiteral("99 88 77 66"));
        answer(QMessageBox::Discard);
        QVERIFY(window.close());
    }

    // Closed by the system (SIGTERM, a log-out): no question; what was typed comes back at the next
    // start as unsaved input, in the fields it was typed in.
    void aCloseBySignalKeepsTypedInputAsDrafts()
    {
        {
            ui::LanguageManager languages;
            ui::MainWindow window(&languages);
            window.restoreSettings();
            auto *p = new ui::OfficePage(
                new repo::Office(m_store.get(), nullptr, QStringLiteral("office-1"), &window), &m_undo, &window);
            p->setToday(m_today);
            window.addPage(p);
            window.showPage(p);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *phone = p->findChild<QLineEdit *>(QStringLiteral("officePhone"));
            phone->setFocus();
            phone->selectAll();
            QTest::keyClicks(phone, QStringLiteral("99 88 77 66"));
            auto *serviceText = p->findChild<QPlainTextEdit *>(QStringLiteral("serviceText"));
            serviceText->setFocus();
            QTest::keyClick(serviceText, Qt::Key_End, Qt::ControlModifier);
            QTest::keyClicks(serviceText, QStringLiteral(" Ring først."));
            p->tabs()->setCurrentIndex(ui::OfficePage::InfoTab);
            auto *info = p->findChild<QPlainTextEdit *>(QStringLiteral("infoText"));
            info->setFocus();
            QTest::keyClicks(info, QStringLiteral("Stengt julaften"));
            window.closeKeepingDrafts(); // would block on a question if it asked one
            QVERIFY(!window.isVisible());
        }
        QCOMPARE(outboxSize(), 0); // nothing saved: kept as typed, not sent
        auto p = page();
        QCOMPARE(p->findChild<QLineEdit *>(QStringLiteral("officePhone"))->text(), QStringLiteral("99 88 77 66"));
        QCOMPARE(p->findChild<QPlainTextEdit *>(QStringLiteral("serviceText"))->toPlainText(),
            QStringLiteral("Sykmeldinger krever fysisk legetime. Ring først."));
        QCOMPARE(p->findChild<QPlainTextEdit *>(QStringLiteral("infoText"))->toPlainText(),
            QStringLiteral("Stengt julaften"));
        const QStringList unsaved = p->unsavedInput();
        QCOMPARE(unsaved.size(), 3);
        // Shown once: a page opened after this one starts clean.
        auto again = page();
        QVERIFY(again->unsavedInput().isEmpty());
        // Saved from the draft, it is an edit on the copy it was typed on.
        QTest::mouseClick(p->findChild<QPushButton *>(QStringLiteral("savePhone")), Qt::LeftButton);
        QCOMPARE(outboxSize(), 1);
        QCOMPARE(m_store->outbox().first().baseVersionId, QStringLiteral("1"));
    }

    // The store refuses the edit (as a full disk would): the user is told why, and nothing is left
    // in the outbox or on the undo stack.
    void aRefusedSaveIsReported()
    {
        m_store->failNextEdit(QStringLiteral("the disk is full"));
        auto p = page();
        auto *phone = p->findChild<QLineEdit *>(QStringLiteral("officePhone"));
        phone->setFocus();
        phone->selectAll();
        QTest::keyClicks(phone, QStringLiteral("23 45 67 89"));
        QTest::keyClick(phone, Qt::Key_Return);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = p->findChild<QMessageBox *>(QStringLiteral("notSaved"))) && box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral("the disk is full")));
        QCOMPARE(outboxSize(), 0);
        QCOMPARE(m_undo.count(), 0);
        QCOMPARE(phone->text(), QStringLiteral("23 45 67 89")); // what was typed stays, to try again
        box->accept();
    }

    // Two messages shown on the same days: the list says so in its status column and the editor
    // names the other while the period is chosen; moved apart, both say nothing.
    void overlappingInfoMessagesAreSaid()
    {
        auto p = page();
        QTableView *list = twoInfoMessages(p.get());
        QVERIFY(list);
        auto *overlap = p->findChild<QLabel *>(QStringLiteral("infoOverlap"));
        auto *from = p->findChild<hn::ui::DateField *>(QStringLiteral("infoFrom"));
        QVERIFY(overlap->isVisible()); // "Andre", just saved, overlaps "Første"
        QVERIFY(overlap->text().contains(QStringLiteral("\"Første\"")));
        const QModelIndex status = list->model()->index(0, models::InfoMessageListModel::StatusColumn);
        QVERIFY(status.data().toString().contains(QStringLiteral("overlaps")));
        list->setCurrentIndex(list->model()->index(0, 0));
        QVERIFY(overlap->text().contains(QStringLiteral("\"Andre\"")));

        from->setFocus();
        from->selectAll();
        QTest::keyClicks(from, m_today.addDays(40).toString(QStringLiteral("dd.MM.yyyy")));
        QVERIFY(!overlap->isVisible()); // said while typing, before any save
        QTest::mouseClick(p->findChild<QPushButton *>(QStringLiteral("saveInfo")), Qt::LeftButton);
        QVERIFY(!overlap->isVisible());
        QCOMPARE(status.data().toString(), QStringLiteral("Planned"));
        QCOMPARE(list->model()->index(1, models::InfoMessageListModel::StatusColumn).data().toString(),
            QStringLiteral("Shown now"));
    }

    // Deleting an absence citizens see now or will see asks first (Cancel keeps it); after a
    // deletion no absence is selected, so a second click deletes nothing; a bar offers to take it
    // back until something else is done. A past absence goes without a question.
    void deletingAnAbsenceAsksAndCanBeTakenBack()
    {
        QVERIFY(m_store->applyServerResources({withMeta(absenceFor(QStringLiteral("coming"), QStringLiteral("r1"),
                                                   m_today.addDays(5), m_today.addDays(10), QStringLiteral("closed"))),
            withMeta(absenceFor(QStringLiteral("next"), QStringLiteral("r2"), m_today.addDays(20), m_today.addDays(30),
                QStringLiteral("closed"))),
            withMeta(absenceFor(QStringLiteral("past"), QStringLiteral("r2"), m_today.addDays(-20),
                m_today.addDays(-10), QStringLiteral("closed")))}));
        auto p = page();
        p->findChild<QTabWidget *>()->setCurrentIndex(ui::OfficePage::AbsencesTab);
        auto *list = p->findChild<QTableView *>(QStringLiteral("absenceList"));
        auto *remove = p->findChild<QPushButton *>(QStringLiteral("deleteAbsence"));
        auto *bar = p->findChild<ui::UndoBar *>();
        QVERIFY(bar && !bar->isVisible());
        const auto select = [list](const QString &id) {
            for (int row = 0; row < list->model()->rowCount(); ++row) {
                if (list->model()->index(row, 0).data(models::IdRole).toString() == id) {
                    list->setCurrentIndex(list->model()->index(row, 0));
                    return true;
                }
            }
            return false;
        };
        const auto listed = [&p](const QString &id) { return p->absenceModel()->rowOf(id) >= 0; };

        QVERIFY(select(QStringLiteral("coming")));
        QString asked;
        answerDeleteQuestion(false, &asked);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(asked.contains(QStringLiteral("Knut Andersen")));
        QVERIFY(listed(QStringLiteral("coming")));
        QCOMPARE(outboxSize(), 0);

        answerDeleteQuestion(true);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(!listed(QStringLiteral("coming")));
        QCOMPARE(outboxSize(), 1);
        QVERIFY(list->selectionModel()->selectedRows().isEmpty());
        QVERIFY(bar->isVisible());
        QVERIFY(
            bar->findChild<QLabel *>(QStringLiteral("undoBarText"))->text().contains(QStringLiteral("Knut Andersen")));
        asked.clear();
        answerDeleteQuestion(true, &asked);
        QTest::mouseClick(remove, Qt::LeftButton); // nothing selected: nothing asked, nothing deleted
        QVERIFY(asked.isEmpty());
        QVERIFY(listed(QStringLiteral("next")));

        QTest::mouseClick(bar->undoButton(), Qt::LeftButton);
        QVERIFY(listed(QStringLiteral("coming")));
        QVERIFY(!bar->isVisible());

        QVERIFY(select(QStringLiteral("past")));
        answerDeleteQuestion(false, &asked);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(asked.isEmpty());
        QVERIFY(!listed(QStringLiteral("past")));
        QVERIFY(bar->isVisible());
        // Something else done: the offer is gone (undo would take back that, not the deletion).
        QVERIFY(select(QStringLiteral("next")));
        answerDeleteQuestion(true);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(!listed(QStringLiteral("next")));
        QVERIFY(bar->isVisible());
        QTest::mouseClick(bar->undoButton(), Qt::LeftButton);
        QVERIFY(listed(QStringLiteral("next")));
        QVERIFY(!listed(QStringLiteral("past")));
        QVERIFY(!bar->isVisible());
    }

    // Deleting a message that is shown asks first; afterwards the focus is not in the text box
    // (where Ctrl+Z undoes typing) and the bar takes the deletion back.
    void deletingAnInfoMessageAsksAndCanBeTakenBack()
    {
        auto p = page();
        QTableView *list = twoInfoMessages(p.get());
        QVERIFY(list);
        auto *text = p->findChild<QPlainTextEdit *>(QStringLiteral("infoText"));
        auto *bar = p->findChild<ui::UndoBar *>();
        list->setCurrentIndex(list->model()->index(0, 0));
        QString asked;
        answerDeleteQuestion(true, &asked);
        QTest::mouseClick(p->findChild<QPushButton *>(QStringLiteral("deleteInfo")), Qt::LeftButton);
        QVERIFY(!asked.isEmpty());
        QCOMPARE(p->infoModel()->rowCount(), 1);
        QVERIFY(QApplication::focusWidget() != text);
        QVERIFY(bar->isVisible());
        QTest::mouseClick(bar->undoButton(), Qt::LeftButton);
        QCOMPARE(p->infoModel()->rowCount(), 2);
        QVERIFY(!bar->isVisible());
    }

    // Delete removes the message shown in the editor: after "New message" there is none, whatever
    // row was current before.
    void deleteActsOnTheMessageInTheEditor()
    {
        auto p = page();
        p->findChild<QTabWidget *>()->setCurrentIndex(ui::OfficePage::InfoTab);
        auto *text = p->findChild<QPlainTextEdit *>(QStringLiteral("infoText"));
        auto *save = p->findChild<QPushButton *>(QStringLiteral("saveInfo"));
        auto *fresh = p->findChild<QPushButton *>(QStringLiteral("newInfo"));
        auto *remove = p->findChild<QPushButton *>(QStringLiteral("deleteInfo"));
        QTest::mouseClick(fresh, Qt::LeftButton);
        text->setFocus();
        QTest::keyClicks(text, QStringLiteral("Stengt i romjulen."));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(p->infoModel()->rowCount(), 1);
        auto *list = p->findChild<QTableView *>(QStringLiteral("infoList"));
        list->setCurrentIndex(list->model()->index(0, 0));
        QCOMPARE(text->toPlainText(), QStringLiteral("Stengt i romjulen."));
        QTest::mouseClick(fresh, Qt::LeftButton);
        QVERIFY(!list->currentIndex().isValid());
        QTest::keyClicks(text, QStringLiteral("Ny melding"));
        QString asked;
        answerDeleteQuestion(true, &asked);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(asked.isEmpty()); // nothing to delete, nothing asked
        QCOMPARE(p->infoModel()->rowCount(), 1); // the saved message was not the one in the editor
        QCOMPARE(text->toPlainText(), QStringLiteral("Ny melding"));
        list->setCurrentIndex(list->model()->index(0, 0));
        answerDeleteQuestion(true, &asked);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(!asked.isEmpty());
        QCOMPARE(p->infoModel()->rowCount(), 0);
    }

    void scriptInUserTextShowsLiterallyAndRunsNothing()
    {
        auto p = page();
        const QString evil
            = QStringLiteral("<script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned'\">");
        ui::AbsenceEditor *editor = p->openAbsenceEditor();
        typeDate(editor->findChild<hn::ui::DateField *>(QStringLiteral("fromDate")), QDate(2026, 12, 1));
        typeDate(editor->findChild<hn::ui::DateField *>(QStringLiteral("toDate")), QDate(2026, 12, 3));
        editor->findChild<QCheckBox *>(QStringLiteral("service:e-konsultasjon"))->click();
        editor->findChild<QComboBox *>(QStringLiteral("mode:e-konsultasjon"))->setCurrentIndex(1);
        editor->findChild<QPlainTextEdit *>(QStringLiteral("text:e-konsultasjon"))->setPlainText(evil);
        QVERIFY(editor->trySave());

        p->tabs()->setCurrentIndex(ui::OfficePage::PreviewTab);
        ui::PreviewPane *pane = p->previewPane();
        QVERIFY(pane->view()); // created when first shown
        QSignalSpy loaded(pane, &ui::PreviewPane::loadFinished);
        pane->setDate(QDate(2026, 12, 2));
        const QString html = pane->currentHtml();
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
        QVERIFY(loaded.wait(60000));
        QVERIFY(loaded.last().at(0).toBool());

        QString text;
        int dangerous = -1;
        QString title;
        qobject_cast<QWebEngineView *>(pane->view())
            ->page()
            ->runJavaScript(
                QStringLiteral(
                    "[document.body.innerText, document.querySelectorAll('script,img').length, document.title]"),
                QWebEngineScript::ApplicationWorld, [&](const QVariant &v) {
                    const QVariantList l = v.toList();
                    text = l.value(0).toString();
                    dangerous = l.value(1).toInt();
                    title = l.value(2).toString();
                });
        QTRY_VERIFY_WITH_TIMEOUT(dangerous >= 0, 30000);
        QCOMPARE(dangerous, 0);
        QVERIFY2(text.contains(QStringLiteral("<script>document.title='pwned'</script>")), qPrintable(text.left(300)));
        QVERIFY(text.contains(QStringLiteral("onerror")));
        QCOMPARE(title, QStringLiteral("Fastlegetjenester"));

        // And the preview can be saved as PDF.
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("preview.pdf"));
        QSignalSpy saved(pane, &ui::PreviewPane::pdfSaved);
        pane->savePdf(pdf);
        QVERIFY(saved.wait(60000));
        QVERIFY(saved.last().at(1).toBool());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(4) == "%PDF");
        QVERIFY(!pane->findChild<QMessageBox *>(QStringLiteral("pdfNotSaved")));
        // A place that cannot be written: the user is told.
        pane->savePdf(dir.filePath(QStringLiteral("no such folder/preview.pdf")));
        QVERIFY(saved.wait(60000));
        QVERIFY(!saved.last().at(1).toBool());
        QTRY_VERIFY(pane->findChild<QMessageBox *>(QStringLiteral("pdfNotSaved")));
    }

    void infoMessageEditorShowsWhereTheTextLands()
    {
        auto p = page();
        p->tabs()->setCurrentIndex(ui::OfficePage::InfoTab);
        auto *text = p->findChild<QPlainTextEdit *>(QStringLiteral("infoText"));
        text->setFocus();
        QTest::keyClicks(text, QStringLiteral("Stengt <fredag>"));
        const QString sketch = p->findChild<QLabel *>(QStringLiteral("infoSketch"))->text();
        QVERIFY(sketch.indexOf(QStringLiteral("Informasjon fra legekontoret"))
            < sketch.indexOf(QStringLiteral("Stengt &lt;fredag&gt;")));
        QVERIFY(sketch.indexOf(QStringLiteral("Stengt &lt;fredag&gt;"))
            < sketch.indexOf(QStringLiteral("Hva trenger du?")));
        // Too long, or ending in the past: refused at the field, nothing stored.
        QTest::keyClicks(text, QString(1000, u'x'));
        QTest::mouseClick(p->findChild<QPushButton *>(QStringLiteral("saveInfo")), Qt::LeftButton);
        QVERIFY(p->findChild<QLabel *>(QStringLiteral("infoError"))->isVisible());
        QCOMPARE(outboxSize(), 0);
        text->setPlainText(QStringLiteral("Influensavaksine tirsdager"));
        QTest::mouseClick(p->findChild<QPushButton *>(QStringLiteral("saveInfo")), Qt::LeftButton);
        QCOMPARE(outboxSize(), 1);
        QCOMPARE(p->infoModel()->rowCount(), 1);
        // It shows in the preview on a day inside its period.
        ui::PreviewPane *pane = p->previewPane();
        pane->setDate(m_today.addDays(1));
        QVERIFY(pane->currentHtml().contains(QStringLiteral("Influensavaksine tirsdager")));
    }

    void webViewIsCreatedOnFirstShowOnly()
    {
        ui::PreviewPane pane;
        QVERIFY(!pane.findChild<QWebEngineView *>());
        pane.show();
        QVERIFY(pane.findChild<QWebEngineView *>());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestOfficePage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_officepage.moc"
