// hn-sandbox at national scale: seeding `national` into an empty directory (start of the process
// until its ready line), then paging through every HealthcareService with _count=500 as NHN.
// Prints the figures and `RESULT sandbox_seed_ms=<n>` / `RESULT sandbox_page_ms=<median of one page>`.
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

class BenchSandbox : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

    QJsonObject fetch(
        const QUrl &url, const QByteArray &verb, const QByteArray &body, const QString &token, int *status = nullptr)
    {
        QNetworkRequest request(url);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(60000);
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return json;
    }

private Q_SLOTS:
    void seedAndPageNational()
    {
        const QString bin = qEnvironmentVariable("HN_SANDBOX_BIN");
        QVERIFY2(!bin.isEmpty(), "HN_SANDBOX_BIN is not set");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        // Seed: from starting the process until it announces itself, on an empty directory.
        QProcess sandbox;
        QElapsedTimer seedTimer;
        seedTimer.start();
        sandbox.start(bin, {u"--port"_s, u"0"_s, u"--data"_s, dir.path(), u"--seed"_s, u"national"_s});
        QVERIFY(sandbox.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.canReadLine() || sandbox.state() != QProcess::Running, 120000);
        const qint64 seedMs = seedTimer.elapsed();
        const QString line = QString::fromUtf8(sandbox.readLine()).trimmed();
        const auto match = QRegularExpression(u"http://127\\.0\\.0\\.1:\\d+/fhir/R4"_s).match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        const QString stderrText = QString::fromUtf8(sandbox.readAllStandardError());
        const auto inner = QRegularExpression(u"data ready in (\\d+) ms"_s).match(stderrText);
        const QUrl base(match.captured(0));

        QUrl tokenUrl = base;
        tokenUrl.setPath(u"/auth/token"_s);
        const QString token = fetch(tokenUrl, "POST", R"({"username":"nhn","password":"demo"})", QString())
                                  .value(u"access_token"_s)
                                  .toString();
        QVERIFY(!token.isEmpty());

        // Page through every HealthcareService, following next links as given.
        QList<double> pageMs;
        QSet<QString> ids;
        int total = -1;
        QElapsedTimer all;
        all.start();
        QUrl url(base.toString() + u"/HealthcareService?_count=500"_s);
        while (url.isValid()) {
            QElapsedTimer page;
            page.start();
            int status = 0;
            const QJsonObject bundle = fetch(url, "GET", {}, token, &status);
            pageMs << double(page.nsecsElapsed()) / 1e6;
            QCOMPARE(status, 200);
            total = bundle.value(u"total"_s).toInt();
            const QJsonArray entries = bundle.value(u"entry"_s).toArray();
            QVERIFY(entries.size() <= 500);
            for (const QJsonValue &e : entries)
                ids.insert(e[u"resource"_s][u"id"_s].toString());
            url = QUrl();
            for (const QJsonValue &l : bundle.value(u"link"_s).toArray()) {
                if (l[u"relation"_s] == u"next"_s)
                    url = QUrl(l[u"url"_s].toString());
            }
            QVERIFY(pageMs.size() < 1000);
        }
        const qint64 allMs = all.elapsed();
        QCOMPARE(int(ids.size()), total);
        QVERIFY(total > 10000);

        QList<double> sorted = pageMs;
        std::sort(sorted.begin(), sorted.end());
        const double median = sorted.at(sorted.size() / 2);
        std::printf("hn-sandbox national seed: %lld ms to the ready line (data ready in %s ms inside the process)\n",
            seedMs, inner.hasMatch() ? qPrintable(inner.captured(1)) : "?");
        std::printf("HealthcareService paging as NHN: %d resources in %d pages of up to 500, %lld ms in all; "
                    "per page median %.1f ms, max %.1f ms\n",
            total, int(pageMs.size()), allMs, median, sorted.last());
        std::printf("RESULT sandbox_seed_ms=%lld\n", seedMs);
        std::printf("RESULT sandbox_page_ms=%.1f\n", median);
        std::fflush(stdout);

        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(BenchSandbox)
#include "bench_sandbox.moc"
