#include "conflictdialog.h"
#include "fhir/mapping.h"
#include "logindialog.h"
#include "store/store.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "auth/session.h"

using namespace hn;

namespace {

QJsonObject absence(const QString &end, const QString &text, const QString &version)
{
    return QJsonObject {{QStringLiteral("resourceType"), QStringLiteral("Basic")},
        {QStringLiteral("id"), QStringLiteral("a1")},
        {QStringLiteral("meta"), QJsonObject {{QStringLiteral("versionId"), version}}},
        {QStringLiteral("extension"),
            QJsonArray {
                QJsonObject {{QStringLiteral("url"), QStringLiteral("urn:hnadmin:fhir:StructureDefinition/period")},
                    {QStringLiteral("valuePeriod"),
                        QJsonObject {
                            {QStringLiteral("start"), QStringLiteral("2026-12-01")}, {QStringLiteral("end"), end}}}},
                QJsonObject {
                    {QStringLiteral("url"), QStringLiteral("urn:x:text")}, {QStringLiteral("valueString"), text}}}}};
}

} // namespace

class TestSyncDialogs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    // A store with one edit in conflict: mine ends the absence on the 14th, theirs on the 12th and
    // changed the text too.
    std::unique_ptr<store::Store> conflicted(qint64 *seq)
    {
        store::Error error;
        auto s = store::Store::open(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_n)), &error);
        s->applyServerResources({absence(QStringLiteral("2026-12-10"), QStringLiteral("base"), QStringLiteral("1"))});
        *seq = s->saveEdit(store::Operation::Update,
            absence(QStringLiteral("2026-12-14"), QStringLiteral("base"), QStringLiteral("1")));
        s->markConflict(*seq, absence(QStringLiteral("2026-12-12"), QStringLiteral("theirs"), QStringLiteral("2")),
            QStringLiteral("x"));
        return s;
    }

private Q_SLOTS:
    void showsBothVersionsAndKeepsMine()
    {
        qint64 seq = 0;
        auto s = conflicted(&seq);
        ui::ConflictDialog dialog(s.get(), seq);
        QVERIFY(dialog.isValid());
        dialog.show();
        QTableWidget *table = dialog.table();
        int endRow = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->data(Qt::UserRole).toString().endsWith(QStringLiteral("valuePeriod.end")))
                endRow = row;
        }
        QVERIFY(endRow >= 0);
        for (int row = 0; row < table->rowCount(); ++row) { // nothing technical to read
            const QString path = table->item(row, 0)->data(Qt::UserRole).toString();
            QVERIFY2(path != QStringLiteral("id") && !path.endsWith(QStringLiteral(".url")), qPrintable(path));
        }
        QCOMPARE(table->item(endRow, 1)->text(), QStringLiteral("2026-12-14"));
        QCOMPARE(table->item(endRow, 2)->text(), QStringLiteral("2026-12-12"));
        QVERIFY(table->item(endRow, 0)->font().bold());
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("keepMine")), Qt::LeftButton);
        QCOMPARE(dialog.resolution(), ui::ConflictDialog::Resolution::KeepMine);
        const store::OutboxEntry e = s->outbox().first();
        QCOMPARE(e.state, store::OutboxState::Pending);
        QCOMPARE(e.baseVersionId, QStringLiteral("2"));
        // Mine wins the conflicting end date; their text change (not in conflict) is kept.
        const QJsonArray ext = e.body.value(QStringLiteral("extension")).toArray();
        QCOMPARE(ext.at(0)
                     .toObject()
                     .value(QStringLiteral("valuePeriod"))
                     .toObject()
                     .value(QStringLiteral("end"))
                     .toString(),
            QStringLiteral("2026-12-14"));
        QCOMPARE(ext.at(1).toObject().value(QStringLiteral("valueString")).toString(), QStringLiteral("theirs"));
    }

    void takesTheirs()
    {
        qint64 seq = 0;
        auto s = conflicted(&seq);
        ui::ConflictDialog dialog(s.get(), seq);
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("takeTheirs")), Qt::LeftButton);
        QCOMPARE(s->pendingCount(), 0);
        QCOMPARE(s->resource(QStringLiteral("Basic"), QStringLiteral("a1"))
                     ->json.value(QStringLiteral("meta"))
                     .toObject()
                     .value(QStringLiteral("versionId"))
                     .toString(),
            QStringLiteral("2"));
    }

    void fieldByFieldChoice()
    {
        qint64 seq = 0;
        auto s = conflicted(&seq);
        ui::ConflictDialog dialog(s.get(), seq);
        dialog.show();
        // Leaving "Use mine" unticked takes theirs for the conflicting field.
        const auto choices = dialog.findChildren<QRadioButton *>();
        QCOMPARE(choices.size(), 1);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("applyChoices")), Qt::LeftButton);
        const QJsonArray ext = s->outbox().first().body.value(QStringLiteral("extension")).toArray();
        QCOMPARE(ext.at(0)
                     .toObject()
                     .value(QStringLiteral("valuePeriod"))
                     .toObject()
                     .value(QStringLiteral("end"))
                     .toString(),
            QStringLiteral("2026-12-12"));
    }

    // Field names read as words with a middle dot between the parts (the source is UTF-8: no "Â·").
    void fieldLabelsReadAsWords()
    {
        const QString label = ui::ConflictDialog::fieldLabel(
            QStringLiteral("extension[urn:hnadmin:fhir:StructureDefinition/period].valuePeriod.end"));
        QCOMPARE(label, QStringLiteral("period \u00B7 to"));
        // A translated text: which service, which text, which language.
        const QString service = QStringLiteral(
            "extension[urn:hnadmin:fhir:StructureDefinition/absence-service|e-konsultasjon].extension[citizenText]");
        QCOMPARE(ui::ConflictDialog::fieldLabel(service + QStringLiteral(".valueString")),
            QStringLiteral("absence-service: e-konsultasjon \u00B7 text for citizens"));
        QCOMPARE(ui::ConflictDialog::fieldLabel(service + QStringLiteral("._valueString.extension[")
                     + fhir::kTranslationExtension + QStringLiteral("|nn].extension[content].valueString")),
            QStringLiteral("absence-service: e-konsultasjon \u00B7 text for citizens (nynorsk)"));
    }

    // Deleted on the server while my change waited: "Keep mine" creates my whole version again
    // (not a fragment without resourceType and id), with no base version to match.
    void keepsMineWhenDeletedThere()
    {
        store::Error error;
        auto s = store::Store::open(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_n)), &error);
        QVERIFY(s->applyServerResources(
            {absence(QStringLiteral("2026-12-10"), QStringLiteral("base"), QStringLiteral("1"))}));
        const QJsonObject mine = absence(QStringLiteral("2026-12-14"), QStringLiteral("base"), QStringLiteral("1"));
        const qint64 seq = s->saveEdit(store::Operation::Update, mine);
        QVERIFY(seq > 0);
        QVERIFY(s->markConflict(seq, QJsonObject(), QStringLiteral("Deleted on the server by someone else")));
        ui::ConflictDialog dialog(s.get(), seq);
        dialog.show();
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("applyChoices"))->isVisible());
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("keepMine")), Qt::LeftButton);
        QCOMPARE(dialog.resolution(), ui::ConflictDialog::Resolution::KeepMine);
        const store::OutboxEntry e = s->outbox().first();
        QCOMPARE(e.state, store::OutboxState::Pending);
        QCOMPARE(e.body, mine);
        QCOMPARE(e.baseVersionId, QString());
        QCOMPARE(s->resource(QStringLiteral("Basic"), QStringLiteral("a1"))->json, mine);
    }

    // My deletion of a version someone else changed: "Keep mine" deletes their version too.
    void keepsMyDeletionOfTheirVersion()
    {
        store::Error error;
        auto s = store::Store::open(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_n)), &error);
        QVERIFY(s->applyServerResources(
            {absence(QStringLiteral("2026-12-10"), QStringLiteral("base"), QStringLiteral("1"))}));
        const qint64 seq = s->saveDelete(QStringLiteral("Basic"), QStringLiteral("a1"));
        QVERIFY(seq > 0);
        QVERIFY(
            s->markConflict(seq, absence(QStringLiteral("2026-12-12"), QStringLiteral("theirs"), QStringLiteral("2")),
                QStringLiteral("Changed on the server by someone else")));
        ui::ConflictDialog dialog(s.get(), seq);
        dialog.show();
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("applyChoices"))->isVisible());
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("keepMine")), Qt::LeftButton);
        const store::OutboxEntry e = s->outbox().first();
        QCOMPARE(e.state, store::OutboxState::Pending);
        QCOMPARE(e.operation, store::Operation::Delete);
        QCOMPARE(e.baseVersionId, QStringLiteral("2"));
        QVERIFY(e.body.isEmpty());
    }

    void loginDialogShowsRefusal()
    {
        // Nothing listens on this port: the dialog says so and stays open.
        QNetworkAccessManager nam;
        auth::Session session(&nam, QUrl(QStringLiteral("http://127.0.0.1:9/fhir/R4")), QStringLiteral("test"));
        ui::LoginDialog dialog(&session, QStringLiteral("lege1"));
        dialog.show();
        QCOMPARE(dialog.userEdit()->text(), QStringLiteral("lege1"));
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("demo"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("signIn")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.errorLabel()->isVisible(), 20000);
        QVERIFY(!dialog.errorLabel()->text().isEmpty());
        QVERIFY(dialog.isVisible());
        QVERIFY(!session.isSignedIn());
    }

    // A server that is down for maintenance (503) is not told to the user as a wrong password.
    void signInWhileTheServerIsDownSaysSo()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, &server, [&server] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            });
        });
        QNetworkAccessManager nam;
        auth::Session session(
            &nam, QUrl(QStringLiteral("http://127.0.0.1:%1/fhir/R4").arg(server.serverPort())), QStringLiteral("test"));
        QSignalSpy failed(&session, &auth::Session::signInFailed);
        session.signInToSandbox(QStringLiteral("lege1"), QStringLiteral("demo"));
        QVERIFY(failed.wait(20000));
        const QString message = failed.first().at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("503")), qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("password")));
        QVERIFY(!session.isSignedIn());
    }
};

QTEST_MAIN(TestSyncDialogs)
#include "tst_syncdialogs.moc"
