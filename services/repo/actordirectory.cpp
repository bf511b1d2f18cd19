#include "actordirectory.h"

#include "common/logging.h"
#include "fhir/mapping.h"
#include "itemmodels.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>
#include <cstring>
#include <future>

namespace hn::repo {

namespace {

// Organizations as the list holds them (summaries), from stored bytes.
QList<models::Actor> actorsFrom(const QList<QByteArray> &all)
{
    QList<models::Actor> actors;
    actors.reserve(all.size());
    for (const QByteArray &json : all) {
        auto actor = fhir::actorSummaryFromFhir(json);
        if (actor.ok())
            actors.append(actor.takeValue());
        else
            qCWarning(lcStore) << "skipping an Organization the program cannot read:" << actor.error();
    }
    return actors;
}

// The sorted actor list of the last start, in a file beside the store ("<store>.actors"). It is used
// only when the Organizations read now are, byte for byte and in the same order, those it was made
// from, by this very program file: then parsing and sorting them (two thirds of the list's time at a
// start with a national cache) is spared. Otherwise the list is made as before and the file
// replaced, after the list has been handed over.
namespace actorcache {

constexpr quint32 kMagic = 0x484e4143; // "HNAC"
constexpr quint32 kFormat = 2; // 2: the address's municipality
// Every member of Actor is written and read below, except `source` (empty in a summary): a new
// member changes the size, and this reminds whoever adds it to write it here too (and to raise
// kFormat).
static_assert(sizeof(models::Actor) == 240 || sizeof(void *) != 8,
    "Actor changed: update the actor list cache (actorcache) in storebinding.cpp");

QString pathFor(const QString &storePath)
{
    return storePath + QStringLiteral(".actors");
}

// The program file: its size and time (read on the main thread: applicationFilePath() is not
// thread-safe while Qt may ask for it there, loading plugins).
QPair<qint64, qint64> programIdentity()
{
    const QFileInfo program(QCoreApplication::applicationFilePath());
    return {program.size(), program.lastModified().toMSecsSinceEpoch()};
}

// What the list is made from: the stored bytes in order, and the program that made it.
QByteArray stampOf(const QList<QByteArray> &all, const QPair<qint64, qint64> &program)
{
    // A digest that is the same in every process (qHash is seeded per process), eight bytes a step.
    quint64 digest = 0x9e3779b97f4a7c15ull;
    const auto mix = [&digest](quint64 word) {
        digest = (digest ^ word) * 0xff51afd7ed558ccdull;
        digest ^= digest >> 32;
    };
    qint64 bytes = 0;
    for (const QByteArray &json : all) {
        const char *p = json.constData();
        qsizetype left = json.size();
        for (; left >= 8; left -= 8, p += 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            mix(word);
        }
        quint64 tail = 0;
        std::memcpy(&tail, p, size_t(left));
        mix(tail ^ (quint64(json.size()) << 56));
        bytes += json.size();
    }
    QByteArray stamp;
    QDataStream out(&stamp, QIODevice::WriteOnly);
    out << kMagic << kFormat << quint64(digest) << qint64(all.size()) << bytes << program.first << program.second;
    return stamp;
}

std::optional<QList<models::Actor>> read(const QString &storePath, const QByteArray &stamp)
{
    QFile file(pathFor(storePath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    if (!bytes.startsWith(stamp))
        return std::nullopt;
    QDataStream in(bytes);
    in.skipRawData(int(stamp.size()));
    qint64 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || count < 0 || count > bytes.size())
        return std::nullopt;
    QList<models::Actor> actors;
    actors.reserve(count);
    for (qint64 i = 0; i < count; ++i) {
        models::Actor a;
        qint32 kind = 0;
        in >> a.id >> kind >> a.name >> a.orgNumber >> a.herId >> a.municipalityNumber >> a.addressMunicipalityNumber
            >> a.addressMunicipalityName >> a.partOfId >> a.phone >> a.active >> a.hasVideoAgreement;
        a.kind = models::ActorKind(kind);
        actors.append(std::move(a));
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return actors;
}

void write(const QString &storePath, const QByteArray &stamp, const QList<models::Actor> &actors)
{
    QSaveFile file(pathFor(storePath));
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(stamp);
    QDataStream out(&file);
    out << qint64(actors.size());
    for (const models::Actor &a : actors) {
        out << a.id << qint32(a.kind) << a.name << a.orgNumber << a.herId << a.municipalityNumber
            << a.addressMunicipalityNumber << a.addressMunicipalityName << a.partOfId << a.phone << a.active
            << a.hasVideoAgreement;
    }
    if (out.status() != QDataStream::Ok || !file.commit())
        qCWarning(lcStore) << "could not keep the actor list for the next start in" << file.fileName();
}

} // namespace actorcache

struct Prefetch
{
    QString path;
    std::shared_future<std::optional<QList<models::Actor>>> actors;
};
Prefetch &prefetch()
{
    static Prefetch p;
    return p;
}

} // namespace

void ActorDirectory::prefetchActors(const QString &path)
{
    auto promise = std::make_shared<std::promise<std::optional<QList<models::Actor>>>>();
    prefetch().path = path;
    prefetch().actors = promise->get_future().share();
    (void)QtConcurrent::run([path, promise, program = actorcache::programIdentity()] {
        const auto all = store::Store::rawJsonOfFile(path, QStringLiteral("Organization"));
        if (!all) {
            promise->set_value(std::nullopt);
            return;
        }
        const QByteArray stamp = actorcache::stampOf(*all, program);
        if (auto kept = actorcache::read(path, stamp)) {
            promise->set_value(std::move(kept));
            return;
        }
        const QList<models::Actor> sorted = models::ActorListModel::sortedByName(actorsFrom(*all));
        promise->set_value(sorted);
        actorcache::write(path, stamp, sorted); // for the next start, after the list is handed over
    });
}

ActorDirectory::ActorDirectory(store::Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_actors(new models::ActorListModel(this))
{
    std::optional<QList<models::Actor>> prefetched;
    if (prefetch().path == store->path() && prefetch().actors.valid()) {
        prefetched = prefetch().actors.get(); // the store has not been written to since
        prefetch() = {};
    }
    if (prefetched)
        m_actors->setItems(*prefetched, models::ActorListModel::Order::SortedByName);
    else
        m_actors->setItems(readActors());
    const auto changed = [this](const QString &type, const QStringList &ids) {
        if (type == QLatin1String("Organization"))
            organizationsChanged(ids);
    };
    connect(store, &store::Store::resourcesInserted, this, changed);
    connect(store, &store::Store::resourcesUpdated, this, changed);
    connect(store, &store::Store::resourcesRemoved, this, [this](const QString &type, const QStringList &ids) {
        if (type != QLatin1String("Organization"))
            return;
        for (const QString &id : ids)
            m_actors->remove(id);
    });
}

QList<models::Actor> ActorDirectory::readActors() const
{
    // Straight from the stored bytes: at start-up with a national cache this is most of the time
    // before the first paint, and QJsonDocument would take four times as long.
    return actorsFrom(m_store->rawJsonOf(QStringLiteral("Organization")));
}

void ActorDirectory::organizationsChanged(const QStringList &ids)
{
    // A first sync inserts thousands at once: one reset is cheaper than thousands of inserts.
    if (ids.size() > 200) {
        m_actors->setItems(readActors());
        return;
    }
    for (const QString &id : ids) {
        const auto cached = m_store->resource(QStringLiteral("Organization"), id);
        if (!cached || cached->deleted) {
            m_actors->remove(id);
            continue;
        }
        auto actor = fhir::actorFromFhir(cached->json);
        if (actor.ok()) {
            models::Actor a = actor.takeValue();
            a.source = QJsonObject(); // the list holds summaries, as readActors() reads them
            m_actors->upsert(a);
        }
    }
}

} // namespace hn::repo
