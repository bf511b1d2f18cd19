// Undo and redo of every kind of edit at any moment: while it waits to be sent, while it is being
// sent, and right after the server took it. The program on the built-in sandbox, edits made through
// the widgets, the server's copy read back over HTTP.
#include "absenceeditor.h"
#include "apptestsupport.h"
#include "datefield.h"
#include "dialogsupport.h"
#include "itemmodels.h"
#include "officepage.h"
#include "sync/syncengine.h"

#include <QAction>
#include <QCheckBox>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QUndoStack>

using hn::ui::OfficePage;

namespace {

enum class Edit {
    AbsenceCreate,
    AbsenceUpdate,
    AbsenceDelete,
    InfoCreate,
    InfoUpdate,
    InfoDelete,
    ServiceToggle,
    Phone,
    OfficeText
};
enum class Moment { Waiting, InFlight, AfterAnswer };

QJsonObject withoutMeta(QJsonObject o)
{
    o.remove(QStringLiteral("meta"));
    return o;
}

} // namespace

class TestUndo : public QObject
{
    Q_OBJECT

    std::unique_ptr<App> m_app;
    QNetworkAccessManager m_nam;

    QByteArray call(const QByteArray &verb, const QString &path, const QByteArray &body = {},
        const QByteArray &token = {}, int *status = nullptr)
    {
        QNetworkRequest request(QUrl(m_app->base.toString(QUrl::RemovePath) + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(20000);
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray out = reply->readAll();
        reply->deleteLater();
        return out;
    }
    QByteArray tokenOf(const QString &user)
    {
        const QByteArray answer = call("POST", QStringLiteral("/auth/token"),
            QJsonDocument(
                QJsonObject {{QStringLiteral("username"), user}, {QStringLiteral("password"), QStringLiteral("demo")}})
                .toJson());
        return QJsonDocument::fromJson(answer).object().value(QStringLiteral("access_token")).toString().toUtf8();
    }
    // The server's copy without meta; empty when it has none (never made, or deleted).
    QJsonObject serverCopy(const QString &type, const QString &id)
    {
        int status = 0;
        const QByteArray body = call(
            "GET", QStringLiteral("/fhir/R4/%1/%2").arg(type, id), {}, tokenOf(QStringLiteral("lege1")), &status);
        return status == 200 ? withoutMeta(QJsonDocument::fromJson(body).object()) : QJsonObject();
    }
    void setLatency(int ms)
    {
        call("POST", QStringLiteral("/admin/faults"), QStringLiteral("latency=%1").arg(ms).toUtf8(),
            tokenOf(QStringLiteral("nhn")));
    }
    hn::store::Store *store() const { return m_app->controller->store(); }
    hn::sync::SyncEngine *engine() const { return m_app->controller->syncEngine(); }
    OfficePage *page() const { return qobject_cast<OfficePage *>(m_app->controller->pageFor(kOffice)); }
    // Sends everything; true once nothing is left to send.
    bool sendAll()
    {
        engine()->pushNow();
        QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired() && (store()->pendingCount() > 0 || engine()->inFlightSeq() != 0))
            QTest::qWait(20);
        for (const hn::store::OutboxEntry &e : store()->outbox())
            qWarning() << "left in the outbox:" << e.seq << e.type << e.id << int(e.operation) << int(e.state)
                       << e.attempts << e.lastError;
        return store()->pendingCount() == 0 && engine()->inFlightSeq() == 0;
    }
    void trigger(const char *action)
    {
        auto *a = m_app->window.findChild<QAction *>(QLatin1String(action));
        QVERIFY(a);
        QVERIFY(a->isEnabled());
        a->trigger();
    }

    void makeEdit(Edit edit)
    {
        OfficePage *p = page();
        QVERIFY(p);
        m_app->window.showPage(p);
        switch (edit) {
        case Edit::AbsenceCreate:
        case Edit::AbsenceUpdate: {
            const hn::models::Absence existing = p->absenceModel()->at(0);
            hn::ui::AbsenceEditor *editor
                = p->openAbsenceEditor(false, edit == Edit::AbsenceUpdate ? existing.id : QString());
            QVERIFY(QTest::qWaitForWindowExposed(editor));
            auto *to = editor->findChild<hn::ui::DateField *>(QStringLiteral("toDate"));
            if (edit == Edit::AbsenceCreate) {
                editor->findChild<hn::ui::DateField *>(QStringLiteral("fromDate"))->setDate(p->today().addDays(40));
                to->setDate(p->today().addDays(44));
                editor->findChild<QCheckBox *>(QStringLiteral("service:e-konsultasjon"))->setChecked(true);
            } else {
                to->setDate(to->date().addDays(1));
            }
            QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
            break;
        }
        case Edit::AbsenceDelete: {
            p->tabs()->setCurrentIndex(OfficePage::AbsencesTab);
            auto *list = p->findChild<QTableView *>(QStringLiteral("absenceList"));
            list->setCurrentIndex(list->model()->index(0, 0));
            answerDeleteQuestion(true);
            QTest::mouseClick(p->findChild<QPushButton *>(QStringLiteral("deleteAbsence")), Qt::LeftButton);
            break;
        }
        case Edit::InfoCreate:
        case Edit::InfoUpdate:
        case Edit::InfoDelete: {
            p->tabs()->setCurrentIndex(OfficePage::InfoTab);
            auto *list = p->findChild<QTableView *>(QStringLiteral("infoList"));
            auto *text = p->findChild<QPlainTextEdit *>(QStringLiteral("infoText"));
            if (edit == Edit::InfoCreate)
                QTest::mouseClick(p->findChild<QPushButton *>(QStringLiteral("newInfo")), Qt::LeftButton);
            else
                list->setCurrentIndex(list->model()->index(0, 0));
            if (edit == Edit::InfoDelete) {
                answerDeleteQuestion(true);
                QTest::mouseClick(p->findChild<QPushButton *>(QStringLiteral("deleteInfo")), Qt::LeftButton);
                break;
            }
            text->setFocus();
            QTest::keyClick(text, Qt::Key_End, Qt::ControlModifier);
            QTest::keyClicks(text, QStringLiteral(" Vaksine uten timebestilling."));
            QTest::mouseClick(p->findChild<QPushButton *>(QStringLiteral("saveInfo")), Qt::LeftButton);
            break;
        }
        case Edit::ServiceToggle: {
            p->tabs()->setCurrentIndex(OfficePage::ServicesTab);
            p->matrixView()->setFocus();
            p->matrixView()->setCurrentIndex(p->servicesModel()->index(0, 0));
            QTest::keyClick(p->matrixView(), Qt::Key_Space);
            break;
        }
        case Edit::Phone: {
            p->tabs()->setCurrentIndex(OfficePage::ServicesTab);
            m_app->typePhone(QStringLiteral("22 33 44 55"));
            QTest::mouseClick(p->findChild<QPushButton *>(QStringLiteral("savePhone")), Qt::LeftButton);
            break;
        }
        case Edit::OfficeText: {
            p->tabs()->setCurrentIndex(OfficePage::ServicesTab);
            auto *text = p->findChild<QPlainTextEdit *>(QStringLiteral("serviceText"));
            text->setFocus();
            QTest::keyClick(text, Qt::Key_End, Qt::ControlModifier);
            QTest::keyClicks(text, QStringLiteral(" Ring først."));
            QTest::mouseClick(p->findChild<QPushButton *>(QStringLiteral("saveServiceText")), Qt::LeftButton);
            break;
        }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        const QDir dir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        for (const QString &name : dir.entryList({QStringLiteral("*.sqlite*")}, QDir::Files))
            QVERIFY(QFile::remove(dir.filePath(name)));
        QDir(dir.filePath(QStringLiteral("sandbox"))).removeRecursively();
        m_app = std::make_unique<App>(QStringLiteral("lege1"));
        QVERIFY(m_app->start());
        engine()->setPushDelay(600000); // sent when the test says so
    }
    void cleanupTestCase() { m_app.reset(); }

    void init()
    {
        setLatency(0);
        QVERIFY(sendAll());
    }

    void undoAndRedoAtAnyMoment_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<Moment>("moment");
        const QList<QPair<const char *, Edit>> edits = {{"absence create", Edit::AbsenceCreate},
            {"absence update", Edit::AbsenceUpdate}, {"absence delete", Edit::AbsenceDelete},
            {"info create", Edit::InfoCreate}, {"info update", Edit::InfoUpdate}, {"info delete", Edit::InfoDelete},
            {"service toggle", Edit::ServiceToggle}, {"phone", Edit::Phone}, {"office text", Edit::OfficeText}};
        const QList<QPair<const char *, Moment>> moments = {
            {"waiting", Moment::Waiting}, {"in flight", Moment::InFlight}, {"after the answer", Moment::AfterAnswer}};
        for (const auto &[editName, edit] : edits) {
            for (const auto &[momentName, moment] : moments)
                QTest::addRow("%s, %s", editName, momentName) << edit << moment;
        }
    }
    void undoAndRedoAtAnyMoment()
    {
        QFETCH(Edit, edit);
        QFETCH(Moment, moment);
        QCOMPARE(store()->pendingCount(), 0);
        const qsizetype before = store()->outbox().size();
        QCOMPARE(before, 0);
        makeEdit(edit);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(store()->pendingCount(), 1);
        const hn::store::OutboxEntry made = store()->outbox().constFirst();
        const QJsonObject original
            = made.operation == hn::store::Operation::Create ? QJsonObject() : serverCopy(made.type, made.id);
        if (made.operation != hn::store::Operation::Create)
            QVERIFY(!original.isEmpty());
        const auto local = store()->resource(made.type, made.id);
        const QJsonObject edited
            = made.operation == hn::store::Operation::Delete ? QJsonObject() : withoutMeta(local->json);

        switch (moment) {
        case Moment::Waiting: break;
        case Moment::InFlight:
            setLatency(500);
            engine()->pushNow();
            QTRY_VERIFY_WITH_TIMEOUT(engine()->inFlightSeq() == made.seq, 10000);
            break;
        case Moment::AfterAnswer:
            QVERIFY(sendAll());
            QCOMPARE(serverCopy(made.type, made.id), edited);
            break;
        }
        trigger("undo");
        QVERIFY(sendAll());
        QCOMPARE(serverCopy(made.type, made.id), original);
        const auto afterUndo = store()->resource(made.type, made.id);
        QCOMPARE(afterUndo && !afterUndo->deleted ? withoutMeta(afterUndo->json) : QJsonObject(), original);

        trigger("redo");
        QVERIFY(sendAll());
        QCOMPARE(serverCopy(made.type, made.id), edited);
        const auto afterRedo = store()->resource(made.type, made.id);
        QCOMPARE(afterRedo && !afterRedo->deleted ? withoutMeta(afterRedo->json) : QJsonObject(), edited);

        // And back once more, so that the next row starts from the seeded data.
        trigger("undo");
        QVERIFY(sendAll());
        QCOMPARE(serverCopy(made.type, made.id), original);
        m_app->controller->undoStack()->clear();
    }
};

QTEST_MAIN(TestUndo)
#include "tst_undo.moc"
