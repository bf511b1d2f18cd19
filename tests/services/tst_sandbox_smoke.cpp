#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

// hn-sandbox starts on a free port, announces it, and answers the capability statement.
class TestSandboxSmoke : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsAndAnswers()
    {
        QProcess sandbox;
        sandbox.start(qEnvironmentVariable("HN_SANDBOX_BIN"), {QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.canReadLine(), 10000);
        const QString line = QString::fromUtf8(sandbox.readLine());
        const auto match = QRegularExpression(QStringLiteral("http://127.0.0.1:(\\d+)/fhir/R4")).match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));

        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(match.captured(0) + QStringLiteral("/metadata"))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(body.value(QStringLiteral("resourceType")).toString(), QStringLiteral("CapabilityStatement"));
        reply->deleteLater();
        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished());
    }
};

QTEST_GUILESS_MAIN(TestSandboxSmoke)
#include "tst_sandbox_smoke.moc"
