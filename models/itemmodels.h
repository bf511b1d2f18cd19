#pragma once

#include "domain.h"

#include <QAbstractListModel>
#include <QAbstractTableModel>
#include <QCollator>
#include <QHash>
#include <QSet>

// Item models of the pages. Each only adapts: it is fed domain values with setItems() (one reset),
// upsert() (one dataChanged, or one row inserted; a changed sort key moves the row with one
// rowsMoved plus one dataChanged) and remove() (one row removed), never re-reading everything on a
// single change. Edits made in a view are not applied here: the model asks for them
// with a signal, the page records the edit in the store, and the store's change comes back.
namespace hn::models {

enum Roles {
    IdRole = Qt::UserRole + 1,
    KindRole,
    OrgNumberRole,
    SortRole, // raw value for sorting
    SearchTextRole, // what a filter matches: name, numbers
    StatusRole,
    RawRole, // the domain value as a QVariant
    ServiceIdRole, // GpServicesModel: the HealthcareService id of a cell
    PendingRole, // GpServicesModel: the cell's change is not yet saved on the server
};

// The actors the user may see, sorted by name (Norwegian collation, case-insensitive). Display: the name;
// roles: IdRole, KindRole (int of ActorKind), OrgNumberRole, SortRole, SearchTextRole, RawRole.
class ActorListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit ActorListModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    enum class Order { Unsorted, SortedByName };
    // SortedByName: the caller sorted them with sortedByName() (e.g. on another thread).
    void setItems(QList<Actor> actors, Order order = Order::Unsorted);
    static QList<Actor> sortedByName(QList<Actor> actors);
    void upsert(const Actor &actor);
    void remove(const QString &id);
    const Actor *actor(const QString &id) const;
    const Actor &at(int row) const { return m_items.at(row); }
    QList<Actor> items() const { return m_items; }
    int rowOf(const QString &id) const;
    static QString kindName(ActorKind kind);

private:
    bool lessThan(const Actor &a, const Actor &b) const;
    int insertPosition(const Actor &actor) const;
    bool sharesName(int row) const;
    void refreshShared(int first, int last); // re-reads whether these rows share a name; says which changed
    QCollator m_collator;
    QList<Actor> m_items; // sorted by name
    QList<bool> m_shared; // per row: another actor has the same name (then the number is shown)
};

// The services each GP of one office offers: rows are GPs (PractitionerRoles of the office, sorted by
// family name), columns the office's GP services (in ServiceType order). Check state: the GP's role
// lists the service. Roles: IdRole (the role id), ServiceIdRole, SortRole (offered), PendingRole (a
// change waiting to be saved on the server: shown marked). The GP's heading names their current or
// next absence.
class GpServicesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit GpServicesModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Does not change the data: emits toggleRequested for the page to record an edit.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void setOffice(const QString &officeId, const QList<HealthcareService> &services,
        const QList<PractitionerRole> &roles, const QList<Practitioner> &practitioners);
    void upsertRole(const PractitionerRole &role);
    void removeRole(const QString &roleId);
    void upsertPractitioner(const Practitioner &practitioner);
    void upsertService(const HealthcareService &service);
    void removeService(const QString &serviceId);

    QString officeId() const { return m_officeId; }
    const PractitionerRole &roleAt(int row) const { return m_roles.at(row); }
    const HealthcareService &serviceAt(int column) const { return m_services.at(column); }
    int rowOfRole(const QString &roleId) const;
    int columnOfService(const QString &serviceId) const;
    QString gpName(int row) const;
    // The services of a GP whose offered state is changed locally and not yet saved on the server.
    void setPendingServices(const QString &roleId, const QSet<QString> &serviceIds);
    bool hasPending() const { return !m_pending.isEmpty(); }
    // The office's absences: each GP's heading names the current or next one ending on or after
    // `today`, its tooltip all of them.
    void setAbsences(const QList<Absence> &absences, const QDate &today);
    QString gpHeading(int row) const;

Q_SIGNALS:
    void toggleRequested(const QString &roleId, const QString &serviceId, bool offered);

private:
    bool rowLessThan(const PractitionerRole &a, const PractitionerRole &b) const;
    QCollator m_collator;
    QString m_officeId;
    QList<HealthcareService> m_services; // GP services of the office, in ServiceType order
    QList<PractitionerRole> m_roles; // sorted by GP name
    QHash<QString, Practitioner> m_practitioners;
    QHash<QString, QSet<QString>> m_pending; // role id -> service ids
    QHash<QString, QList<Absence>> m_upcoming; // role id -> absences not over, by first day
};

// Absences of one office (or one GP), sorted by first day, with their status relative to a settable
// "today". Roles: IdRole, StatusRole (int of Status, on every column), SortRole, RawRole.
class AbsenceListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { GpColumn, FromColumn, ToColumn, ServicesColumn, StatusColumn, ColumnCount };
    enum class Status { Upcoming, Active, Past };
    Q_ENUM(Status)

    using QAbstractTableModel::QAbstractTableModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setToday(const QDate &today);
    void setGpNames(const QHash<QString, QString> &roleIdToName);
    void setItems(QList<Absence> absences);
    void upsert(const Absence &absence);
    void remove(const QString &id);
    const Absence &at(int row) const { return m_items.at(row); }
    int rowOf(const QString &id) const;
    QList<Absence> items() const { return m_items; }
    Status status(const Absence &absence) const;
    static QString statusText(Status status);

private:
    QList<Absence> m_items; // sorted by from date
    QHash<QString, QString> m_gpNames;
    QDate m_today = QDate::currentDate();
};

// Info messages of one office, in the order given (new ones at the end). Columns: text, from, to,
// status (shown now, planned, expired; "(overlaps)" where another message is shown on the same
// days). Roles: IdRole, SortRole (raw dates, the status), RawRole; ToolTipRole holds the whole text
// (in the status column: the messages it overlaps).
class InfoMessageListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TextColumn, FromColumn, ToColumn, StatusColumn, ColumnCount };
    enum class Status { Shown, Planned, Expired };
    using QAbstractTableModel::QAbstractTableModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setToday(const QDate &today);
    Status status(const InfoMessage &message) const;
    static QString statusText(Status status);
    // The messages other than `message` shown on some day it is shown too.
    QList<InfoMessage> overlapping(const InfoMessage &message) const;
    void setItems(QList<InfoMessage> messages);
    void upsert(const InfoMessage &message);
    void remove(const QString &id);
    const InfoMessage &at(int row) const { return m_items.at(row); }
    int rowOf(const QString &id) const;
    QList<InfoMessage> items() const { return m_items; }

private:
    QList<InfoMessage> m_items;
    QDate m_today = QDate::currentDate();
};

// One GP as the register of all GPs lists them: a PractitionerRole with its practitioner and office.
struct GpEntry
{
    QString roleId, practitionerId, officeId;
    QString given, family, hprNumber, officeName;
    QString officeOrgNumber;
    QString municipality; // the office's, by name ("" when the data does not say)
    int services = 0; // GP services the role offers
    QStringList serviceTypes; // their codes, where the services are known (active ones only)
    bool active = true;
    QString displayName() const { return (given + QLatin1Char(' ') + family).trimmed(); }
    bool operator==(const GpEntry &o) const = default;
};

// Every GP the user can see (the national register for NHN: thousands of rows), sorted by family
// then given name (Norwegian collation). Columns: name, HPR number, office (with its organisation
// number where offices share a name), municipality, services. Roles: IdRole
// (the role id), SearchTextRole (name, HPR number and office, for filter-as-you-type), SortRole,
// RawRole (GpEntry), OfficeIdRole.
class GpListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, HprColumn, OfficeColumn, MunicipalityColumn, ServicesColumn, ColumnCount };
    static constexpr int OfficeIdRole = RawRole + 10;
    explicit GpListModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setItems(QList<GpEntry> entries); // one reset
    const GpEntry &at(int row) const { return m_items.at(row); }
    const QString &searchText(int row) const { return m_search.at(row); } // as SearchTextRole, without a QVariant
    const QString &officeText(int row) const { return m_officeText.at(row); } // the office as shown
    QStringList municipalities() const; // those of the entries, sorted
    int rowOf(const QString &roleId) const;

private:
    QCollator m_collator;
    QList<GpEntry> m_items;
    QList<QString> m_search; // per row: what the filter matches, built once
    QList<QString> m_officeText; // per row: the office's name, with its number where names are shared
};

} // namespace hn::models

Q_DECLARE_METATYPE(hn::models::GpEntry)
