#include "itemmodels.h"

#include <QCollator>
#include <QColor>
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

// Where `item` belongs (its final row) in the sorted `items` once the row `skip` is taken out (-1:
// none): after all items not greater than it, so equal keys keep their order of arrival.
template<typename T, typename Less>
int sortedPosition(const QList<T> &items, const T &item, int skip, Less less)
{
    int lo = 0;
    int hi = int(items.size()) - (skip >= 0 ? 1 : 0);
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        const T &probe = items.at(skip >= 0 && mid >= skip ? mid + 1 : mid);
        if (less(item, probe))
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

// Names of actors and GPs are Norwegian: they sort by Norwegian rules (Æ, Ø, Å after Z) and without
// regard to case, whatever the language of the user interface. (The C locale's collator would
// compare case-insensitively but make case-sensitive sort keys.)
QCollator nameCollator()
{
    QCollator collator(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

// The items in the collator's order of key(item), stable. Sort keys once per item: thousands of
// locale-aware comparisons are slow.
template<typename T, typename Key>
QList<T> sortedByCollation(QList<T> items, const QCollator &collator, Key key)
{
    QList<QPair<QCollatorSortKey, qsizetype>> keys;
    keys.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i)
        keys.append({collator.sortKey(key(items.at(i))), i});
    std::stable_sort(
        keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first.compare(b.first) < 0; });
    QList<T> sorted;
    sorted.reserve(items.size());
    for (const auto &k : keys)
        sorted.append(std::move(items[k.second]));
    return sorted;
}

// The destination row for beginMoveRows() when a row moves to the final row `to`.
int moveDestination(int from, int to)
{
    return to > from ? to + 1 : to;
}

} // namespace

// ---------------------------------------------------------------- ActorListModel

ActorListModel::ActorListModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_collator(nameCollator())
{
}

bool ActorListModel::lessThan(const Actor &a, const Actor &b) const
{
    return m_collator.compare(a.name, b.name) < 0;
}

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
    case SortRole: return a.name.toLower(); // the rows are already in Norwegian name order
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

QList<Actor> ActorListModel::sortedByName(QList<Actor> actors)
{
    return sortedByCollation(std::move(actors), nameCollator(), [](const Actor &a) { return a.name; });
}

void ActorListModel::setItems(QList<Actor> actors, Order order)
{
    if (order == Order::Unsorted)
        actors = sortedByName(std::move(actors));
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
    return sortedPosition(m_items, actor, -1, [this](const Actor &a, const Actor &b) { return lessThan(a, b); });
}

void ActorListModel::upsert(const Actor &actor)
{
    int row = rowOf(actor.id);
    if (row < 0) {
        const int at = insertPosition(actor);
        beginInsertRows({}, at, at);
        m_items.insert(at, actor);
        endInsertRows();
        return;
    }
    if (m_items.at(row).name != actor.name) { // renamed: it may move
        const int to
            = sortedPosition(m_items, actor, row, [this](const Actor &a, const Actor &b) { return lessThan(a, b); });
        if (to != row) {
            beginMoveRows({}, row, row, {}, moveDestination(row, to));
            m_items.move(row, to);
            endMoveRows();
            row = to;
        }
    }
    m_items[row] = actor;
    Q_EMIT dataChanged(index(row), index(row));
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

GpServicesModel::GpServicesModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_collator(nameCollator())
{
}

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
    case ServiceIdRole: return s.id;
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
    m_roles.clear();
    for (const PractitionerRole &r : roles) {
        if (r.organizationId == officeId)
            m_roles.append(r);
    }
    std::stable_sort(m_roles.begin(), m_roles.end(),
        [this](const PractitionerRole &a, const PractitionerRole &b) { return rowLessThan(a, b); });
    endResetModel();
}

bool GpServicesModel::rowLessThan(const PractitionerRole &a, const PractitionerRole &b) const
{
    const Practitioner pa = m_practitioners.value(a.practitionerId);
    const Practitioner pb = m_practitioners.value(b.practitionerId);
    if (const int c = m_collator.compare(pa.family, pb.family); c != 0)
        return c < 0;
    return m_collator.compare(pa.given, pb.given) < 0;
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
    int row = rowOfRole(role.id);
    if (role.organizationId != m_officeId) { // not (or no longer) a GP of this office
        removeRole(role.id);
        return;
    }
    const auto less = [this](const PractitionerRole &a, const PractitionerRole &b) { return rowLessThan(a, b); };
    if (row < 0) {
        const int at = sortedPosition(m_roles, role, -1, less);
        beginInsertRows({}, at, at);
        m_roles.insert(at, role);
        endInsertRows();
        return;
    }
    const bool otherGp = m_roles.at(row).practitionerId != role.practitionerId;
    if (otherGp) {
        const int to = sortedPosition(m_roles, role, row, less);
        if (to != row) {
            beginMoveRows({}, row, row, {}, moveDestination(row, to));
            m_roles.move(row, to);
            endMoveRows();
            row = to;
        }
    }
    m_roles[row] = role;
    if (!m_services.isEmpty())
        Q_EMIT dataChanged(index(row, 0), index(row, int(m_services.size()) - 1),
            {Qt::CheckStateRole, Qt::ToolTipRole, Qt::AccessibleTextRole, IdRole, SortRole});
    if (otherGp)
        Q_EMIT headerDataChanged(Qt::Vertical, row, row);
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
    const auto less = [this](const PractitionerRole &a, const PractitionerRole &b) { return rowLessThan(a, b); };
    for (const PractitionerRole &role : QList<PractitionerRole>(m_roles)) {
        if (role.practitionerId != practitioner.id)
            continue;
        int row = rowOfRole(role.id);
        const int to = sortedPosition(m_roles, role, row, less); // renamed: it may move
        if (to != row) {
            beginMoveRows({}, row, row, {}, moveDestination(row, to));
            m_roles.move(row, to);
            endMoveRows();
            row = to;
        }
        Q_EMIT headerDataChanged(Qt::Vertical, row, row);
        if (!m_services.isEmpty())
            Q_EMIT dataChanged(
                index(row, 0), index(row, int(m_services.size()) - 1), {Qt::ToolTipRole, Qt::AccessibleTextRole});
    }
}

void GpServicesModel::removeService(const QString &serviceId)
{
    const int column = columnOfService(serviceId);
    if (column < 0)
        return;
    beginRemoveColumns({}, column, column);
    m_services.removeAt(column);
    endRemoveColumns();
}

void GpServicesModel::upsertService(const HealthcareService &service)
{
    if (service.providedById != m_officeId || !ServiceType::isGpService(service.serviceType)) {
        removeService(service.id); // not (or no longer) a GP service of this office
        return;
    }
    const int column = columnOfService(service.id);
    if (column >= 0 && m_services.at(column).serviceType != service.serviceType) {
        removeService(service.id); // another type: it belongs in another column
    } else if (column >= 0) {
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
    if (today == m_today)
        return;
    m_today = today;
    // StatusRole is on every column; the text only in the status column.
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_items.size()) - 1, ColumnCount - 1),
            {StatusRole, Qt::DisplayRole, Qt::ToolTipRole, SortRole});
}

void AbsenceListModel::setGpNames(const QHash<QString, QString> &names)
{
    m_gpNames = names;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(
            index(0, GpColumn), index(int(m_items.size()) - 1, GpColumn), {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
}

void AbsenceListModel::setItems(QList<Absence> absences)
{
    std::stable_sort(
        absences.begin(), absences.end(), [](const Absence &a, const Absence &b) { return a.from < b.from; });
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
    const auto byFrom = [](const Absence &a, const Absence &b) { return a.from < b.from; };
    int row = rowOf(absence.id);
    if (row < 0) {
        const int at = sortedPosition(m_items, absence, -1, byFrom);
        beginInsertRows({}, at, at);
        m_items.insert(at, absence);
        endInsertRows();
        return;
    }
    if (m_items.at(row).from != absence.from) { // another first day: it may move
        const int to = sortedPosition(m_items, absence, row, byFrom);
        if (to != row) {
            beginMoveRows({}, row, row, {}, moveDestination(row, to));
            m_items.move(row, to);
            endMoveRows();
            row = to;
        }
    }
    m_items[row] = absence;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
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
    if (role == SortRole) {
        switch (Column(index.column())) {
        case TextColumn: return m.text;
        case FromColumn: return m.validFrom;
        case ToColumn: return m.validTo;
        case ColumnCount: break;
        }
    }
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

// ---------------------------------------------------------------- GpListModel

GpListModel::GpListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_collator(nameCollator())
{
}

int GpListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int GpListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GpListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GpEntry &e = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn: return e.family.isEmpty() ? e.given : e.family + QStringLiteral(", ") + e.given;
        case HprColumn: return e.hprNumber;
        case OfficeColumn: return e.officeName;
        case ServicesColumn: return e.services;
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        return e.active ? tr("%1 at %2").arg(e.displayName(), e.officeName)
                        : tr("%1 at %2 (inactive)").arg(e.displayName(), e.officeName);
    case Qt::TextAlignmentRole:
        return index.column() == ServicesColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ForegroundRole: return e.active ? QVariant() : QVariant(QColor(Qt::gray));
    case SortRole:
        switch (Column(index.column())) {
        case NameColumn: return index.row(); // the rows are in name order (Norwegian collation)
        case HprColumn: return e.hprNumber.toLongLong();
        case OfficeColumn: return e.officeName.toLower();
        case ServicesColumn: return e.services;
        case ColumnCount: break;
        }
        return {};
    case IdRole: return e.roleId;
    case OfficeIdRole: return e.officeId;
    case SearchTextRole: return m_search.at(index.row());
    case RawRole: return QVariant::fromValue(e);
    default: return {};
    }
}

QVariant GpListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn: return tr("GP");
    case HprColumn: return tr("HPR number");
    case OfficeColumn: return tr("GP office");
    case ServicesColumn: return tr("Services");
    case ColumnCount: break;
    }
    return {};
}

void GpListModel::setItems(QList<GpEntry> entries)
{
    QList<GpEntry> sorted = sortedByCollation(
        std::move(entries), m_collator, [](const GpEntry &e) { return e.family + QLatin1Char('\x01') + e.given; });
    QList<QString> search;
    search.reserve(sorted.size());
    for (const GpEntry &e : std::as_const(sorted))
        search.append(e.displayName() + QLatin1Char(' ') + e.hprNumber + QLatin1Char(' ') + e.officeName);
    beginResetModel();
    m_items = std::move(sorted);
    m_search = std::move(search);
    endResetModel();
}

int GpListModel::rowOf(const QString &roleId) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).roleId == roleId)
            return i;
    }
    return -1;
}

} // namespace hn::models
