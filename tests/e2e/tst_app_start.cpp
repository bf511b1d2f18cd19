#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The real program starts, paints its main window and saves a screenshot of it, in each language.
class TestAppStart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void screenshot_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("nb") << QStringLiteral("nb");
        QTest::newRow("nn") << QStringLiteral("nn");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void screenshot()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("main.png"));
        QProcess app;
        app.start(qEnvironmentVariable("HNADMIN_BIN"),
            {QStringLiteral("--language"), language, QStringLiteral("--screenshot"), file});
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QVERIFY2(app.exitCode() == 0, app.readAllStandardError().constData());
        const QImage image(file);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 500);
    }

    void refusesUnknownLanguage()
    {
        QProcess app;
        app.start(qEnvironmentVariable("HNADMIN_BIN"), {QStringLiteral("--language"), QStringLiteral("xx")});
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 2);
        QVERIFY(app.readAllStandardError().contains("unknown language"));
    }
};

QTEST_GUILESS_MAIN(TestAppStart)
#include "tst_app_start.moc"
