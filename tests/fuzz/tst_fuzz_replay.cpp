// Every input of the fuzzers' seed corpus, and every input that ever made them fail, through the
// same checks (fuzzchecks.h) in the normal build: tests/data/fuzz/<target>/.
#include "fuzzchecks.h"

#include <QDir>
#include <QTest>

class TestFuzzReplay : public QObject
{
    Q_OBJECT

    static void addFiles(const char *target)
    {
        const QDir dir(QStringLiteral(HN_SOURCE_DIR "/tests/data/fuzz/") + QLatin1String(target));
        const QStringList names = dir.entryList(QDir::Files, QDir::Name);
        QVERIFY2(names.size() >= 5, qPrintable(dir.path()));
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }
    static QByteArray contents(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void pageReader_data()
    {
        QTest::addColumn<QString>("path");
        addFiles("pagescan");
    }
    void pageReader()
    {
        QFETCH(QString, path);
        const QString problem = hn::fuzz::checkPage(contents(path));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    void mapping_data()
    {
        QTest::addColumn<QString>("path");
        addFiles("mapping");
    }
    void mapping()
    {
        QFETCH(QString, path);
        const QString problem = hn::fuzz::checkMapping(contents(path));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_fuzz_replay.moc"
