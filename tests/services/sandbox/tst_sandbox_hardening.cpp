#include "sandboxtestsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QUuid>

using namespace sandboxtest;
using namespace Qt::StringLiterals;

// hn-sandbox against a hostile user (issue 16): ownership from the one owning element of each type,
// every other reference visible to the writer, what a user cannot see answering exactly as what does
// not exist (in reads, searches, writes, If-Match and deletes), input the clients could not read
// refused, paging numbers checked, the fault knobs closed, tokens kept as hashes and files private.
class TestSandboxHardening : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox> m_sandbox;
    QNetworkAccessManager m_nam;
    QHash<QString, QString> m_tokens; // user -> token
    QString m_office1, m_office2, m_municipality1;

    Reply req(const QByteArray &verb, const QString &path, const QString &user, const QByteArray &body = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return call(m_nam, verb, QUrl(m_sandbox->base().toString() + u'/' + path), m_tokens.value(user), body, headers);
    }
    int total(const QString &path, const QString &user)
    {
        const Reply r = req("GET", path, user);
        return r.status == 200 ? r.json.value(u"total"_s).toInt() : -r.status;
    }
    QString firstId(const QString &search) { return id(entries(req("GET", search, u"nhn"_s).json).value(0)); }
    // What a reply tells: its status and its OperationOutcome, with the ids of the request made
    // neutral, so that the answers about an invisible and an absent resource can be compared.
    static QString shape(const Reply &r, const QStringList &ids)
    {
        QString diagnostics = r.json.value(u"issue"_s).toArray().at(0).toObject().value(u"diagnostics"_s).toString();
        for (const QString &i : ids)
            diagnostics.replace(i, u"<id>"_s);
        return u"%1 %2 %3"_s.arg(r.status).arg(
            r.json.value(u"issue"_s).toArray().at(0).toObject().value(u"code"_s).toString(), diagnostics);
    }
    static QString fresh() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
    static QJsonObject ref(const QString &reference) { return QJsonObject {{u"reference"_s, reference}}; }

    // A resource of `type` owned by `org` through the type's owning element (a Practitioner through
    // `practitionerOf`'s role; the types without an owner only have their resourceType).
    static QJsonObject owned(const QString &type, const QString &org)
    {
        QJsonObject r {{u"resourceType"_s, type}};
        const QString reference = u"Organization/"_s + org;
        if (type == u"Organization"_s) {
            r.insert(u"name"_s, u"Filial"_s);
            r.insert(u"partOf"_s, ref(reference));
        } else if (type == u"Practitioner"_s) {
            r.insert(u"name"_s, QJsonArray {QJsonObject {{u"family"_s, u"Lege"_s}}});
        } else if (type == u"PractitionerRole"_s) {
            r.insert(u"organization"_s, ref(reference));
        } else if (type == u"HealthcareService"_s) {
            r = healthcareService(reference, u"video"_s);
        } else if (type == u"Basic"_s) {
            r = infoMessage(reference, u"Tabell"_s);
        } else if (type == u"Endpoint"_s) {
            r.insert(u"status"_s, u"active"_s);
            r.insert(u"managingOrganization"_s, ref(reference));
        } else if (type == u"Task"_s) {
            r.insert(u"status"_s, u"requested"_s);
            r.insert(u"intent"_s, u"order"_s);
            r.insert(u"for"_s, ref(reference));
        } else if (type == u"Contract"_s) {
            r.insert(u"status"_s, u"offered"_s);
            r.insert(u"subject"_s, QJsonArray {ref(reference)});
        } else if (type == u"Questionnaire"_s || type == u"Subscription"_s) {
            r.insert(u"status"_s, u"draft"_s);
        }
        return r;
    }
    static bool hasOwner(const QString &type)
    {
        return !QStringList {u"Questionnaire"_s, u"Subscription"_s, u"AuditEvent"_s}.contains(type);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!sandboxBin().isEmpty(), "HN_SANDBOX_BIN is not set");
        m_sandbox = std::make_unique<Sandbox>(m_dir.path());
        QVERIFY(m_sandbox->start());
        for (const QString &user : {u"nhn"_s, u"lege1"_s, u"lege2"_s, u"kommune1"_s}) {
            m_tokens.insert(user, signIn(m_nam, m_sandbox->base(), user));
            QVERIFY(!m_tokens.value(user).isEmpty());
        }
        m_office1 = id(entries(req("GET", u"Organization?type=gp-office"_s, u"lege1"_s).json).value(0));
        m_office2 = id(entries(req("GET", u"Organization?type=gp-office"_s, u"lege2"_s).json).value(0));
        m_municipality1 = id(entries(req("GET", u"Organization?type=municipality"_s, u"kommune1"_s).json).value(0));
        QVERIFY(!m_office1.isEmpty() && !m_office2.isEmpty() && !m_municipality1.isEmpty());
    }

    // The three reproducers of the report: a write is the owner's by its one owning element, and
    // every other reference in it must be visible to the writer.
    void ownershipComesFromTheOwningElement()
    {
        const QString own = u"Organization/"_s + m_office1, other = u"Organization/"_s + m_office2;
        const int lege2Messages = total(u"Basic"_s, u"lege2"_s);
        QJsonObject message = infoMessage(other, u"Stengt i dag"_s);
        message.insert(u"author"_s, ref(own));
        QCOMPARE(req("POST", u"Basic"_s, u"lege1"_s, json(message)).status, 422);
        QCOMPARE(total(u"Basic"_s, u"lege2"_s), lege2Messages); // nothing on lege2's citizen page
        // Owned by lege1, but naming another office elsewhere in it: refused as well.
        message = infoMessage(own, u"Stengt i dag"_s);
        message.insert(u"author"_s, ref(other));
        QCOMPARE(req("POST", u"Basic"_s, u"lege1"_s, json(message)).status, 422);
        // Owned by something that is no organisation of the user's (a visible GP): not the user's.
        const QString gp
            = reference(entries(req("GET", u"PractitionerRole?_count=1"_s, u"lege1"_s).json).at(0), u"practitioner"_s);
        QCOMPARE(req("POST", u"Basic"_s, u"lege1"_s, json(infoMessage(gp, u"x"_s))).status, 403);
        // A service provided by the other office, placed at lege1's.
        QJsonObject service = healthcareService(other, u"video"_s);
        service.insert(u"location"_s, QJsonArray {ref(own)});
        QCOMPARE(req("POST", u"HealthcareService"_s, u"lege1"_s, json(service)).status, 422);
        // A role linking lege2's GP (or a GP nobody has linked yet) to lege1's office.
        const QString gp2
            = reference(entries(req("GET", u"PractitionerRole?_count=1"_s, u"lege2"_s).json).at(0), u"practitioner"_s);
        const Reply loose = req("POST", u"Practitioner"_s, u"nhn"_s, json(owned(u"Practitioner"_s, {})));
        QCOMPARE(loose.status, 201);
        for (const QString &practitioner : {gp2, u"Practitioner/"_s + id(loose.json)}) {
            const QJsonObject role {{u"resourceType"_s, u"PractitionerRole"_s}, {u"organization"_s, ref(own)},
                {u"practitioner"_s, ref(practitioner)}};
            QCOMPARE(req("POST", u"PractitionerRole"_s, u"lege1"_s, json(role)).status, 422);
            QCOMPARE(req("GET", practitioner, u"lege1"_s).status, 404);
            QCOMPARE(req("PUT", practitioner, u"lege1"_s, json(req("GET", practitioner, u"nhn"_s).json)).status, 403);
        }
        // NHN may link them; then the office sees its new GP.
        const QJsonObject role {{u"resourceType"_s, u"PractitionerRole"_s}, {u"organization"_s, ref(own)},
            {u"practitioner"_s, ref(u"Practitioner/"_s + id(loose.json))}};
        QCOMPARE(req("POST", u"PractitionerRole"_s, u"nhn"_s, json(role)).status, 201);
        QCOMPARE(req("GET", u"Practitioner/"_s + id(loose.json), u"lege1"_s).status, 200);
    }

    // Every type x every demo user x read, search, update, conditional update, create (owned by the
    // user's organisation, by another, by one that does not exist, and with a second reference to
    // something invisible), delete. Wherever a user cannot see, the answer is the one about an id
    // that does not exist, word for word.
    void scopingTable()
    {
        const QStringList types
            = {u"Organization"_s, u"Practitioner"_s, u"PractitionerRole"_s, u"HealthcareService"_s, u"Basic"_s,
                u"Endpoint"_s, u"Task"_s, u"Contract"_s, u"Questionnaire"_s, u"Subscription"_s, u"AuditEvent"_s};
        const QStringList users = {u"nhn"_s, u"lege2"_s, u"kommune1"_s, u"lege1"_s}; // lege1 (the owner) last: deletes
        const QHash<QString, QString> home = {
            {u"nhn"_s, m_office1}, {u"lege1"_s, m_office1}, {u"lege2"_s, m_office2}, {u"kommune1"_s, m_municipality1}};
        int cells = 0;
        for (const QString &type : types) {
            // The fixture: owned by lege1's office, made by NHN (an AuditEvent: the one its creation wrote).
            QString fixture;
            QJsonObject content;
            if (type == u"AuditEvent"_s) {
                fixture = firstId(u"AuditEvent?_count=1"_s);
                content = req("GET", u"AuditEvent/"_s + fixture, u"nhn"_s).json;
            } else {
                const Reply made = req("POST", type, u"nhn"_s, json(owned(type, m_office1)));
                QCOMPARE(made.status, 201);
                fixture = id(made.json);
                content = made.json;
                content.remove(u"meta"_s);
                if (type == u"Practitioner"_s) {
                    QJsonObject role = owned(u"PractitionerRole"_s, m_office1);
                    role.insert(u"practitioner"_s, ref(u"Practitioner/"_s + fixture));
                    QCOMPARE(req("POST", u"PractitionerRole"_s, u"nhn"_s, json(role)).status, 201);
                }
            }
            for (const QString &user : users) {
                const QString where = u"%1 as %2"_s.arg(type, user);
                const bool sees = user == u"nhn"_s || (user == u"lege1"_s && hasOwner(type));
                const QString absent = fresh();
                const QStringList ids = {fixture, absent, m_office1, m_office2};
                const auto same = [&](const Reply &invisible, const Reply &missing, const char *what) {
                    QVERIFY2(shape(invisible, ids) == shape(missing, ids),
                        qPrintable(u"%1, %2: %3 | %4"_s.arg(
                            where, QLatin1String(what), shape(invisible, ids), shape(missing, ids))));
                };
                // Read and search.
                const Reply read = req("GET", type + u'/' + fixture, user);
                if (sees)
                    QVERIFY2(read.status == 200, qPrintable(where));
                else
                    same(read, req("GET", type + u'/' + absent, user), "read");
                QVERIFY2(total(type + u"?_id="_s + fixture, user) == (sees ? 1 : 0), qPrintable(where));
                QVERIFY2(req("GET", type + u'/' + fixture + u"/_history"_s, user).status == (sees ? 200 : 404),
                    qPrintable(where));
                // Update, plain and conditional.
                QJsonObject atAbsent = content;
                atAbsent.insert(u"id"_s, absent);
                const Reply update = req("PUT", type + u'/' + fixture, user, json(content));
                const Reply stale = req("PUT", type + u'/' + fixture, user, json(content), {{"If-Match", "W/\"99\""}});
                if (type == u"AuditEvent"_s) {
                    QVERIFY2(update.status == 405, qPrintable(where));
                } else if (sees) {
                    QVERIFY2(update.status == 200, qPrintable(where + u": "_s + shape(update, ids)));
                    QVERIFY2(shape(stale, ids).startsWith(u"412"_s), qPrintable(where));
                } else {
                    same(update, req("PUT", type + u'/' + absent, user, json(atAbsent)), "update");
                    same(stale, req("PUT", type + u'/' + absent, user, json(atAbsent), {{"If-Match", "W/\"99\""}}),
                        "conditional update");
                }
                // Create: owned by the user's own organisation, by another (invisible to all but NHN),
                // by one that does not exist, and with a second reference to the invisible one.
                if (type != u"AuditEvent"_s) {
                    const Reply mine = req("POST", type, user, json(owned(type, home.value(user))));
                    const bool mayCreate = user == u"nhn"_s
                        || (hasOwner(type) && type != u"Organization"_s && type != u"Practitioner"_s);
                    QVERIFY2(mine.status == (mayCreate ? 201 : 403), qPrintable(where + u": "_s + shape(mine, ids)));
                    if (user != u"nhn"_s && hasOwner(type) && type != u"Practitioner"_s) {
                        const QString foreign = user == u"lege2"_s ? m_office1 : m_office2;
                        const Reply theirs = req("POST", type, user, json(owned(type, foreign)));
                        const Reply nobodys = req("POST", type, user, json(owned(type, absent)));
                        same(theirs, nobodys, "create for another");
                        QVERIFY2(theirs.status == 422, qPrintable(where));
                        QJsonObject extra = owned(type, home.value(user));
                        extra.insert(u"basedOn"_s, QJsonArray {ref(u"Organization/"_s + foreign)});
                        const Reply withForeign = req("POST", type, user, json(extra));
                        extra.insert(u"basedOn"_s, QJsonArray {ref(u"Organization/"_s + absent)});
                        same(withForeign, req("POST", type, user, json(extra)), "create naming another");
                        QVERIFY2(withForeign.status == 422, qPrintable(where));
                    }
                }
                // Delete.
                const Reply removed = req("DELETE", type + u'/' + fixture, user);
                if (!sees)
                    same(removed, req("DELETE", type + u'/' + absent, user), "delete");
                else if (user == u"lege1"_s) // the owner, last
                    QVERIFY2(removed.status == (type == u"Practitioner"_s ? 409 : 204),
                        qPrintable(where + u": "_s + shape(removed, ids)));
                cells += 8;
                if (user == u"nhn"_s && type != u"AuditEvent"_s)
                    QVERIFY(req("GET", type + u'/' + fixture, user).status == 410 || type == u"Practitioner"_s);
                if (user == u"nhn"_s && type != u"AuditEvent"_s && type != u"Practitioner"_s) {
                    // NHN deleted it: make it again (same id) for the others.
                    QCOMPARE(req("PUT", type + u'/' + fixture, u"nhn"_s, json(content)).status, 201);
                }
            }
        }
        qInfo("scoping table: %d types x %d users x 8 interactions = %d cells", int(types.size()), int(users.size()),
            cells);
    }

    void unreadableInputIsRefused()
    {
        const QString own = u"Organization/"_s + m_office1;
        // Nested deeper than 100 levels (the report's 511).
        QByteArray deep = "{\"resourceType\":\"Basic\",\"code\":{\"text\":\"x\"},\"subject\":{\"reference\":\""
            + own.toUtf8() + "\"},\"extension\":";
        for (int i = 0; i < 511; ++i)
            deep += '[';
        for (int i = 0; i < 511; ++i)
            deep += ']';
        deep += '}';
        QCOMPARE(req("POST", u"Basic"_s, u"lege1"_s, deep).status, 400);
        // A lone surrogate escape, in a key and in a value.
        QJsonObject message = infoMessage(own, u"x"_s);
        QByteArray body = json(message);
        QCOMPARE(req("POST", u"Basic"_s, u"lege1"_s,
                     QByteArray(body).replace("\"resourceType\"", "\"\\ud800\":1,\"resourceType\""))
                     .status,
            400);
        QCOMPARE(req("POST", u"Basic"_s, u"lege1"_s, QByteArray(body).replace("\"x\"", "\"\\udc00x\"")).status, 400);
        const QJsonObject transaction {{u"resourceType"_s, u"Bundle"_s}, {u"type"_s, u"transaction"_s},
            {u"entry"_s, QJsonArray {entry(u"POST"_s, u"Basic"_s, message)}}};
        QCOMPARE(req("POST", QString(), u"lege1"_s, json(transaction).replace("\"x\"", "\"\\ud800\"")).status, 400);
        QCOMPARE(req("POST", u"Basic"_s, u"lege1"_s, QByteArray(body).replace("\"x\"", "\"\\\\ud800\"")).status, 201);
        // A surrogate pair is text like any other.
        QCOMPARE(
            req("POST", u"Basic"_s, u"lege1"_s, QByteArray(body).replace("\"x\"", "\"\\ud83d\\ude00\"")).status, 201);
        // Larger than 1 MiB: 413, stored nowhere.
        const int before = total(u"Basic"_s, u"lege1"_s);
        message = infoMessage(own, QString(1100 * 1024, u'a'));
        QCOMPARE(req("POST", u"Basic"_s, u"lege1"_s, json(message)).status, 413);
        QCOMPARE(total(u"Basic"_s, u"lege1"_s), before);
        // The ids "." and "..": refused when given, never made.
        for (const QByteArray &dots : {QByteArray("."), QByteArray("..")}) {
            QJsonObject named = infoMessage(own, u"x"_s);
            named.insert(u"id"_s, QString::fromLatin1(dots));
            const QByteArray encoded = QByteArray(dots).replace(".", "%2E");
            const RawReply r = rawRequest(
                m_sandbox->port(), "PUT", "/fhir/R4/Basic/" + encoded, m_tokens.value(u"lege1"_s), json(named));
            QVERIFY2(r.head.startsWith("HTTP/1.1 400"), r.head.constData());
        }
    }

    void pagingNumbersAreChecked()
    {
        for (const QString &bad : {u"_count=-1"_s, u"_count=abc"_s, u"_count=1e3"_s, u"_offset=-5"_s, u"_offset=x"_s}) {
            const Reply r = req("GET", u"Organization?"_s + bad, u"nhn"_s);
            QVERIFY2(r.status == 400, qPrintable(bad));
            QCOMPARE(r.json.value(u"resourceType"_s).toString(), u"OperationOutcome"_s);
            QCOMPARE(req("GET", u"Organization/_history?"_s + bad, u"nhn"_s).status, 400);
        }
        // Huge values are capped: no overflow into a negative next link.
        const Reply huge = req("GET", u"Organization?_count=99999999999999&_offset=99999999999999"_s, u"nhn"_s);
        QCOMPARE(huge.status, 200);
        QVERIFY(entries(huge.json).isEmpty());
        const QString next = nextLink(huge.json);
        QVERIFY2(!next.contains(u'-'), qPrintable(next));
        const Reply many = req("GET", u"Organization?_count=100000"_s, u"nhn"_s);
        QCOMPARE(many.status, 200);
        QVERIFY(entries(many.json).size() <= 500);
        // _history of a type without _since lists its versions.
        const Reply history = req("GET", u"Basic/_history?_count=5"_s, u"nhn"_s);
        QCOMPARE(history.status, 200);
        QVERIFY(!history.json.value(u"entry"_s).toArray().isEmpty());
    }

    void faultKnobsAndMetadata()
    {
        const QUrl knobs = at(m_sandbox->base(), u"/admin/faults"_s);
        QCOMPARE(call(m_nam, "POST", knobs, {}, "drop=1", {}, "text/plain").status, 403);
        QCOMPARE(call(m_nam, "POST", knobs, m_tokens.value(u"lege1"_s), "drop=1", {}, "text/plain").status, 403);
        QCOMPARE(req("GET", u"Organization?_count=1"_s, u"lege1"_s).status, 200); // nothing dropped
        QCOMPARE(call(m_nam, "POST", knobs, m_tokens.value(u"nhn"_s), "", {}, "text/plain").status, 200);
        // A client learns from /metadata that this server needs a sign-in.
        const QJsonObject security = req("GET", u"metadata"_s, {})
                                         .json.value(u"rest"_s)
                                         .toArray()
                                         .at(0)
                                         .toObject()
                                         .value(u"security"_s)
                                         .toObject();
        QCOMPARE(firstCode(security, u"service"_s), u"OAuth"_s);
    }

    void tokensAreHashedAndFilesPrivate()
    {
        const QString token = m_tokens.value(u"lege1"_s);
        const QByteArray hash = QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex();
        bool sawHash = false;
        QDirIterator files(
            m_dir.path(), QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QFileInfo info(files.next());
            // Private to the user: folders 0700, files 0600 (the sandbox sets its umask).
            const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                | QFile::WriteOther | QFile::ExeOther;
            QVERIFY2(!(info.permissions() & others), qPrintable(info.filePath()));
            if (!info.isFile())
                continue;
            QFile f(info.filePath());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(token.toUtf8()), qPrintable(info.filePath()));
            sawHash = sawHash || bytes.contains(hash);
        }
        // The database (or its write-ahead log) holds the hash.
        QVERIFY(sawHash);
    }
};

QTEST_GUILESS_MAIN(TestSandboxHardening)
#include "tst_sandbox_hardening.moc"
