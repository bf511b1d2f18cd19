#include "itemmodels.h"
#include "itemmodels_p.h"

#include <QCollator>
#include <QColor>
#include <QLocale>

#include <algorithm>

namespace hn::models {

using namespace detail;

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
    case Qt::DisplayRole:
        // Actors that share a name (six "Alta legesenter AS") are told apart by their number.
        return m_shared.at(index.row()) && !a.orgNumber.isEmpty() ? tr("%1 (org. no. %2)").arg(a.name, a.orgNumber)
                                                                  : a.name;
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
    m_shared = QList<bool>(m_items.size(), false);
    for (int row = 0; row < m_items.size(); ++row)
        m_shared[row] = sharesName(row);
    endResetModel();
}

bool ActorListModel::sharesName(int row) const
{
    // The rows are in name order: actors of one name are neighbours.
    const QString &name = m_items.at(row).name;
    return (row > 0 && m_items.at(row - 1).name == name)
        || (row + 1 < m_items.size() && m_items.at(row + 1).name == name);
}

void ActorListModel::refreshShared(int first, int last)
{
    for (int row = qMax(0, first); row <= last && row < m_items.size(); ++row) {
        if (const bool shared = sharesName(row); shared != m_shared.at(row)) {
            m_shared[row] = shared;
            Q_EMIT dataChanged(index(row), index(row), {Qt::DisplayRole});
        }
    }
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
        m_shared.insert(at, sharesName(at)); // the new row reads right from the start
        endInsertRows();
        refreshShared(at - 1, at + 1);
        return;
    }
    const int was = row;
    if (m_items.at(row).name != actor.name) { // renamed: it may move
        const int to
            = sortedPosition(m_items, actor, row, [this](const Actor &a, const Actor &b) { return lessThan(a, b); });
        if (to != row) {
            beginMoveRows({}, row, row, {}, moveDestination(row, to));
            m_items.move(row, to);
            m_shared.move(row, to);
            endMoveRows();
            row = to;
        }
    }
    m_items[row] = actor;
    Q_EMIT dataChanged(index(row), index(row));
    refreshShared(qMin(was, row) - 1, qMax(was, row) + 1);
}

void ActorListModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    m_shared.removeAt(row);
    endRemoveRows();
    refreshShared(row - 1, row);
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

QString GpServicesModel::gpHeading(int row) const
{
    const QList<Absence> upcoming = m_upcoming.value(m_roles.at(row).id);
    if (upcoming.isEmpty())
        return gpName(row);
    const Absence &next = upcoming.first();
    const QString period = QStringLiteral("%1–%2").arg(
        QLocale().toString(next.from, QStringLiteral("d.M.")), QLocale().toString(next.to, QStringLiteral("d.M.")));
    return upcoming.size() > 1 ? tr("%1 · away %2 (+%3)").arg(gpName(row), period).arg(upcoming.size() - 1)
                               : tr("%1 · away %2").arg(gpName(row), period);
}

void GpServicesModel::setPendingServices(const QString &roleId, const QSet<QString> &serviceIds)
{
    if (m_pending.value(roleId) == serviceIds)
        return;
    if (serviceIds.isEmpty())
        m_pending.remove(roleId);
    else
        m_pending.insert(roleId, serviceIds);
    const int row = rowOfRole(roleId);
    if (row >= 0 && !m_services.isEmpty())
        Q_EMIT dataChanged(index(row, 0), index(row, int(m_services.size()) - 1),
            {Qt::DisplayRole, Qt::BackgroundRole, Qt::ToolTipRole, Qt::AccessibleTextRole, PendingRole});
}

void GpServicesModel::setAbsences(const QList<Absence> &absences, const QDate &today)
{
    QHash<QString, QList<Absence>> upcoming;
    for (const Absence &a : absences) {
        if (a.to.isValid() && a.to >= today)
            upcoming[a.practitionerRoleId].append(a);
    }
    for (QList<Absence> &list : upcoming)
        std::sort(list.begin(), list.end(), [](const Absence &a, const Absence &b) { return a.from < b.from; });
    if (upcoming == m_upcoming)
        return;
    m_upcoming = upcoming;
    if (!m_roles.isEmpty())
        Q_EMIT headerDataChanged(Qt::Vertical, 0, int(m_roles.size()) - 1);
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
    case Qt::ToolTipRole: {
        const QString what = offered
            ? tr("%1 offers %2").arg(gpName(index.row()), ServiceType::displayName(s.serviceType))
            : tr("%1 does not offer %2").arg(gpName(index.row()), ServiceType::displayName(s.serviceType));
        return m_pending.value(r.id).contains(s.id)
            ? tr("%1 (not yet saved on Helsenorge: citizens see it once it is)").arg(what)
            : what;
    }
    case Qt::BackgroundRole:
        return m_pending.value(r.id).contains(s.id) ? QVariant(QColor(0xff, 0xf4, 0xce)) : QVariant();
    case PendingRole: return m_pending.value(r.id).contains(s.id);
    case Qt::DisplayRole: // also seen in a selected cell, where the colour is not
        return m_pending.value(r.id).contains(s.id) ? QVariant(tr("not yet saved")) : QVariant();
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
    if (orientation == Qt::Vertical && section >= 0 && section < m_roles.size()) {
        if (role == Qt::DisplayRole)
            return gpHeading(section);
        QStringList lines {gpName(section)};
        for (const Absence &a : m_upcoming.value(m_roles.at(section).id))
            lines << tr("Away %1 to %2")
                         .arg(QLocale().toString(a.from, QLocale::ShortFormat),
                             QLocale().toString(a.to, QLocale::ShortFormat));
        return lines.join(QLatin1Char('\n'));
    }
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
        case OfficeColumn: return m_officeText.at(index.row());
        case MunicipalityColumn: return e.municipality;
        case ServicesColumn: return e.services;
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList services;
        for (const QString &code : e.serviceTypes)
            services << ServiceType::displayName(code);
        const QString who = e.active ? tr("%1 at %2").arg(e.displayName(), m_officeText.at(index.row()))
                                     : tr("%1 at %2 (inactive)").arg(e.displayName(), m_officeText.at(index.row()));
        return services.isEmpty() ? who : who + QLatin1Char('\n') + services.join(QStringLiteral(", "));
    }
    case Qt::TextAlignmentRole:
        return index.column() == ServicesColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ForegroundRole: return e.active ? QVariant() : QVariant(QColor(Qt::gray));
    case SortRole:
        switch (Column(index.column())) {
        case NameColumn: return index.row(); // the rows are in name order (Norwegian collation)
        case HprColumn: return e.hprNumber.toLongLong();
        case OfficeColumn: return e.officeName.toLower();
        case MunicipalityColumn: return e.municipality.toLower();
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
    case MunicipalityColumn: return tr("Municipality");
    case ServicesColumn: return tr("Services");
    case ColumnCount: break;
    }
    return {};
}

void GpListModel::setItems(QList<GpEntry> entries)
{
    QList<GpEntry> sorted = sortedByCollation(
        std::move(entries), m_collator, [](const GpEntry &e) { return e.family + QLatin1Char('\x01') + e.given; });
    // Offices that share a name are told apart by their organisation number.
    QHash<QString, QSet<QString>> officesByName;
    for (const GpEntry &e : std::as_const(sorted))
        officesByName[e.officeName].insert(e.officeId);
    QList<QString> search, offices;
    search.reserve(sorted.size());
    offices.reserve(sorted.size());
    for (const GpEntry &e : std::as_const(sorted)) {
        const bool shared = officesByName.value(e.officeName).size() > 1 && !e.officeOrgNumber.isEmpty();
        offices.append(shared ? tr("%1 (org. no. %2)").arg(e.officeName, e.officeOrgNumber) : e.officeName);
        search.append(e.displayName() + QLatin1Char(' ') + e.hprNumber + QLatin1Char(' ') + offices.last()
            + QLatin1Char(' ') + e.municipality);
    }
    beginResetModel();
    m_items = std::move(sorted);
    m_search = std::move(search);
    m_officeText = std::move(offices);
    endResetModel();
}

QStringList GpListModel::municipalities() const
{
    QSet<QString> names;
    for (const GpEntry &e : m_items) {
        if (!e.municipality.isEmpty())
            names.insert(e.municipality);
    }
    QStringList sorted(names.cbegin(), names.cend());
    std::sort(sorted.begin(), sorted.end(),
        [this](const QString &a, const QString &b) { return m_collator.compare(a, b) < 0; });
    return sorted;
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
