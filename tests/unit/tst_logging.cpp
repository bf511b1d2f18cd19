#include "common/logging.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestLogging : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redactsSecrets_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("secret");
        QTest::newRow("bearer") << QStringLiteral("Authorization: Bearer abc.DEF-123_x")
                                << QStringLiteral("abc.DEF-123_x");
        QTest::newRow("json token") << QStringLiteral(R"({"access_token": "s3cr3t", "x": 1})")
                                    << QStringLiteral("s3cr3t");
        QTest::newRow("query token") << QStringLiteral("GET /auth?token=qwerty&x=1") << QStringLiteral("qwerty");
        QTest::newRow("password") << QStringLiteral(R"({"password":"hunter2"})") << QStringLiteral("hunter2");
        QTest::newRow("fnr") << QStringLiteral("patient 01017012345 booked") << QStringLiteral("01017012345");
        QTest::newRow("fnr spaced") << QStringLiteral("patient 010170 12345 booked") << QStringLiteral("010170 12345");
    }
    void redactsSecrets()
    {
        QFETCH(QString, line);
        QFETCH(QString, secret);
        const QString out = hn::logging::redact(line);
        QVERIFY2(!out.contains(secret), qPrintable(out));
    }

    void keepsOrdinaryNumbers()
    {
        // Organisation numbers (9 digits) and HPR numbers are not personal numbers.
        const QString line = QStringLiteral("Organization 974760673 HPR 1234567 version 12");
        QCOMPARE(hn::logging::redact(line), line);
    }

    void writesAndRotates()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        hn::logging::Options options;
        options.directory = dir.path();
        options.maxFileBytes = 2000;
        options.keepFiles = 3;
        options.toStderr = false;
        QVERIFY(hn::logging::install(options));
        for (int i = 0; i < 200; ++i)
            qCInfo(lcSync) << "line" << i << "Bearer topsecret";
        hn::logging::uninstall();

        const QStringList files = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files,
            (QStringList {QStringLiteral("hnadmin.log"), QStringLiteral("hnadmin.log.1"),
                QStringLiteral("hnadmin.log.2"), QStringLiteral("hnadmin.log.3")}));
        QByteArray all;
        for (const QString &name : files) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(f.size() <= 2000 + 200);
            all += f.readAll();
        }
        QVERIFY(!all.contains("topsecret"));
        QVERIFY(all.contains("hn.sync: line 199"));
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
