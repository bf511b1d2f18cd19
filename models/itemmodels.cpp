#include "itemmodels.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace hn::models {

namespace {

// The row of the item with that id, or -1.
template<typename T>
int rowOfId(const QList<T> &items, const QString &id)
{
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace

// ---------------------------------------------------------------- ActorListModel

int ActorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QString ActorListModel::kindName(ActorKind kind)
{
    switch (kind) {
    case ActorKind::GpOffice: return tr("GP office");
    case ActorKind::Municipality: return tr("Municipality");
    case ActorKind::MunicipalUnit: return tr("Municipal unit");
    case ActorKind::TherapistPractice: return tr("Therapist practice");
    case ActorKind::Nhn: return tr("Norsk helsenett");
    case ActorKind::Other: return tr("Other actor");
    }
    return {};
}

QVariant ActorListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Actor &a = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return a.name;
    case Qt::ToolTipRole:
        return a.orgNumber.isEmpty() ? kindName(a.kind)
                                     : tr("%1, organisation number %2").arg(kindName(a.kind), a.orgNumber);
    case IdRole: return a.id;
    case KindRole: return int(a.kind);
    case OrgNumberRole: return a.orgNumber;
    case SortRole: return a.name.toLower();
    case SearchTextRole: return a.name + QLatin1Char(' ') + a.orgNumber + QLatin1Char(' ') + a.municipalityNumber;
    case RawRole: return QVariant::fromValue(a);
    default: return {};
    }
}

QHash<int, QByteArray> ActorListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(KindRole, "kind");
    names.insert(OrgNumberRole, "orgNumber");
    return names;
}

void ActorListModel::setItems(QList<Actor> actors)
{
    // Sort keys once per actor: thousands of locale-aware comparisons of the names are slow.
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QList<QPair<QCollatorSortKey, qsizetype>> keys;
    keys.reserve(actors.size());
    for (qsizetype i = 0; i < actors.size(); ++i)
        keys.append({collator.sortKey(actors.at(i).name), i});
    std::sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first.compare(b.first) < 0; });
    QList<Actor> sorted;
    sorted.reserve(actors.size());
    for (const auto &key : keys)
        sorted.append(std::move(actors[key.second]));
    actors = std::move(sorted);
    beginResetModel();
    m_items = std::move(actors);
    endResetModel();
}

int ActorListModel::rowOf(const QString &id) const
{
    return rowOfId(m_items, id);
}

const Actor *ActorListModel::actor(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_items.at(row);
}

int ActorListModel::insertPosition(const Actor &actor) const
{
    const auto it = std::lower_bound(m_items.cbegin(), m_items.cend(), actor,
        [](const Actor &a, const Actor &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    return int(it - m_items.cbegin());
}

void ActorListModel::upsert(const Actor &actor)
{
    const int row = rowOf(actor.id);
    if (row >= 0 && m_items.at(row).name == actor.name) {
        m_items[row] = actor;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    if (row >= 0)
        remove(actor.id); // renamed: it moves
    const int at = insertPosition(actor);
    beginInsertRows({}, at, at);
    m_items.insert(at, actor);
    endInsertRows();
}

void ActorListModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
}

// ---------------------------------------------------------------- GpServicesModel

int GpServicesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_roles.size());
}

int GpServicesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

QString GpServicesModel::gpName(int row) const
{
    const PractitionerRole &role = m_roles.at(row);
    const auto it = m_practitioners.constFind(role.practitionerId);
    return it == m_practitioners.cend() ? tr("Unknown GP") : it->displayName();
}

QVariant GpServicesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PractitionerRole &r = m_roles.at(index.row());
    const HealthcareService &s = m_services.at(index.column());
    const bool offered = r.healthcareServiceIds.contains(s.id);
    switch (role) {
    case Qt::CheckStateRole: return offered ? Qt::Checked : Qt::Unchecked;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return offered ? tr("%1 offers %2").arg(gpName(index.row()), ServiceType::displayName(s.serviceType))
                       : tr("%1 does not offer %2").arg(gpName(index.row()), ServiceType::displayName(s.serviceType));
    case IdRole: return r.id;
    case SortRole: return offered;
    default: return {};
    }
}

QVariant GpServicesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal && section >= 0 && section < m_services.size())
        return ServiceType::displayName(m_services.at(section).serviceType);
    if (orientation == Qt::Vertical && section >= 0 && section < m_roles.size())
        return gpName(section);
    return {};
}

Qt::ItemFlags GpServicesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    if (m_services.at(index.column()).active)
        f |= Qt::ItemIsEnabled;
    return f;
}

bool GpServicesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const bool on = value.toInt() == Qt::Checked;
    const PractitionerRole &r = m_roles.at(index.row());
    const HealthcareService &s = m_services.at(index.column());
    if (r.healthcareServiceIds.contains(s.id) == on)
        return false;
    Q_EMIT toggleRequested(r.id, s.id, on);
    return true;
}

void GpServicesModel::setOffice(const QString &officeId, const QList<HealthcareService> &services,
    const QList<PractitionerRole> &roles, const QList<Practitioner> &practitioners)
{
    beginResetModel();
    m_officeId = officeId;
    m_services.clear();
    const QStringList order = ServiceType::gpServices();
    for (const QString &code : order) {
        for (const HealthcareService &s : services) {
            if (s.serviceType == code)
                m_services.append(s);
        }
    }
    m_practitioners.clear();
    for (const Practitioner &p : practitioners)
        m_practitioners.insert(p.id, p);
    m_roles = roles;
    std::sort(m_roles.begin(), m_roles.end(), [this](const PractitionerRole &a, const PractitionerRole &b) {
        return QString::localeAwareCompare(
                   m_practitioners.value(a.practitionerId).family + m_practitioners.value(a.practitionerId).given,
                   m_practitioners.value(b.practitionerId).family + m_practitioners.value(b.practitionerId).given)
            < 0;
    });
    endResetModel();
}

int GpServicesModel::rowOfRole(const QString &roleId) const
{
    return rowOfId(m_roles, roleId);
}

int GpServicesModel::columnOfService(const QString &serviceId) const
{
    return rowOfId(m_services, serviceId);
}

void GpServicesModel::upsertRole(const PractitionerRole &role)
{
    if (role.organizationId != m_officeId)
        return;
    const int row = rowOfRole(role.id);
    if (row >= 0) {
        m_roles[row] = role;
        if (!m_services.isEmpty())
            Q_EMIT dataChanged(
                index(row, 0), index(row, int(m_services.size()) - 1), {Qt::CheckStateRole, Qt::ToolTipRole});
        return;
    }
    const int at = int(m_roles.size());
    beginInsertRows({}, at, at);
    m_roles.append(role);
    endInsertRows();
}

void GpServicesModel::removeRole(const QString &roleId)
{
    const int row = rowOfRole(roleId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_roles.removeAt(row);
    endRemoveRows();
}

void GpServicesModel::upsertPractitioner(const Practitioner &practitioner)
{
    m_practitioners.insert(practitioner.id, practitioner);
    for (int row = 0; row < m_roles.size(); ++row) {
        if (m_roles.at(row).practitionerId == practitioner.id)
            Q_EMIT headerDataChanged(Qt::Vertical, row, row);
    }
}

void GpServicesModel::upsertService(const HealthcareService &service)
{
    if (service.providedById != m_officeId || !ServiceType::isGpService(service.serviceType))
        return;
    const int column = columnOfService(service.id);
    if (column >= 0) {
        m_services[column] = service;
        if (!m_roles.isEmpty())
            Q_EMIT dataChanged(index(0, column), index(int(m_roles.size()) - 1, column));
        Q_EMIT headerDataChanged(Qt::Horizontal, column, column);
        return;
    }
    // Keep the ServiceType order.
    const QStringList order = ServiceType::gpServices();
    int at = 0;
    while (at < m_services.size() && order.indexOf(m_services.at(at).serviceType) < order.indexOf(service.serviceType))
        ++at;
    beginInsertColumns({}, at, at);
    m_services.insert(at, service);
    endInsertColumns();
}

// ---------------------------------------------------------------- AbsenceListModel

int AbsenceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AbsenceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

AbsenceListModel::Status AbsenceListModel::status(const Absence &a) const
{
    if (a.to < m_today)
        return Status::Past;
    if (a.from > m_today)
        return Status::Upcoming;
    return Status::Active;
}

QString AbsenceListModel::statusText(Status status)
{
    switch (status) {
    case Status::Upcoming: return tr("Upcoming");
    case Status::Active: return tr("Active now");
    case Status::Past: return tr("Past");
    }
    return {};
}

QVariant AbsenceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Absence &a = m_items.at(index.row());
    if (role == IdRole)
        return a.id;
    if (role == StatusRole)
        return int(status(a));
    if (role == RawRole)
        return QVariant::fromValue(a);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole) {
        switch (Column(index.column())) {
        case GpColumn: return m_gpNames.value(a.practitionerRoleId, a.practitionerRoleId);
        case FromColumn:
            return role == SortRole ? QVariant(a.from) : QVariant(QLocale().toString(a.from, QLocale::ShortFormat));
        case ToColumn:
            return role == SortRole ? QVariant(a.to) : QVariant(QLocale().toString(a.to, QLocale::ShortFormat));
        case ServicesColumn: {
            QStringList parts;
            for (const AffectedService &s : a.services)
                parts << (s.mode == AffectedService::Mode::Closed ? tr("%1 (closed)") : tr("%1 (substitute)"))
                             .arg(ServiceType::displayName(s.serviceType));
            return parts.join(QLatin1String(", "));
        }
        case StatusColumn: return role == SortRole ? QVariant(int(status(a))) : QVariant(statusText(status(a)));
        case ColumnCount: break;
        }
    }
    return {};
}

QVariant AbsenceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case GpColumn: return tr("GP");
    case FromColumn: return tr("From");
    case ToColumn: return tr("To");
    case ServicesColumn: return tr("Services");
    case StatusColumn: return tr("Status");
    case ColumnCount: break;
    }
    return {};
}

void AbsenceListModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, StatusColumn), index(int(m_items.size()) - 1, StatusColumn));
}

void AbsenceListModel::setGpNames(const QHash<QString, QString> &names)
{
    m_gpNames = names;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, GpColumn), index(int(m_items.size()) - 1, GpColumn));
}

void AbsenceListModel::setItems(QList<Absence> absences)
{
    std::sort(absences.begin(), absences.end(), [](const Absence &a, const Absence &b) { return a.from < b.from; });
    beginResetModel();
    m_items = std::move(absences);
    endResetModel();
}

int AbsenceListModel::rowOf(const QString &id) const
{
    return rowOfId(m_items, id);
}

void AbsenceListModel::upsert(const Absence &absence)
{
    const int row = rowOf(absence.id);
    if (row >= 0 && m_items.at(row).from == absence.from) {
        m_items[row] = absence;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    if (row >= 0)
        remove(absence.id);
    int at = 0;
    while (at < m_items.size() && m_items.at(at).from <= absence.from)
        ++at;
    beginInsertRows({}, at, at);
    m_items.insert(at, absence);
    endInsertRows();
}

void AbsenceListModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
}

// ---------------------------------------------------------------- InfoMessageListModel

int InfoMessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int InfoMessageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InfoMessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InfoMessage &m = m_items.at(index.row());
    if (role == IdRole)
        return m.id;
    if (role == RawRole)
        return QVariant::fromValue(m);
    if (role == Qt::ToolTipRole)
        return m.text;
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case TextColumn: {
            QString text = m.text.simplified();
            return text.size() > 80 ? text.left(79) + QChar(0x2026) : text;
        }
        case FromColumn: return QLocale().toString(m.validFrom, QLocale::ShortFormat);
        case ToColumn: return QLocale().toString(m.validTo, QLocale::ShortFormat);
        case ColumnCount: break;
        }
    }
    return {};
}

QVariant InfoMessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TextColumn: return tr("Message");
    case FromColumn: return tr("Shown from");
    case ToColumn: return tr("Shown to");
    case ColumnCount: break;
    }
    return {};
}

void InfoMessageListModel::setItems(QList<InfoMessage> messages)
{
    beginResetModel();
    m_items = std::move(messages);
    endResetModel();
}

int InfoMessageListModel::rowOf(const QString &id) const
{
    return rowOfId(m_items, id);
}

void InfoMessageListModel::upsert(const InfoMessage &message)
{
    const int row = rowOf(message.id);
    if (row >= 0) {
        m_items[row] = message;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = int(m_items.size());
    beginInsertRows({}, at, at);
    m_items.append(message);
    endInsertRows();
}

void InfoMessageListModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
}

} // namespace hn::models
