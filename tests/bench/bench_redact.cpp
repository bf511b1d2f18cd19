#include "common/logging.h"

#include <QTest>

// Every log line passes through redact(); it must stay cheap.
class BenchRedact : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redactLine()
    {
        const QString line = QStringLiteral(
            "PUT http://127.0.0.1:8080/fhir/R4/Basic/5f0c Authorization: Bearer abc.def.ghi If-Match: W/\"3\" -> 200");
        QString out;
        QBENCHMARK
        {
            out = hn::logging::redact(line);
        }
        QVERIFY(!out.contains(QStringLiteral("abc.def.ghi")));
    }
};

QTEST_GUILESS_MAIN(BenchRedact)
#include "bench_redact.moc"
