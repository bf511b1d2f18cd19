#include "itemmodels.h"
#include "itemmodels_p.h"

#include <QLocale>

// The office's own lists: its absences and its info messages.
namespace hn::models {

using namespace detail;

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
    if (role == Qt::ToolTipRole) {
        if (index.column() != StatusColumn || status(m) == Status::Expired)
            return m.text;
        QStringList others;
        for (const InfoMessage &other : overlapping(m))
            others << tr("Shown at the same time as \"%1\" (%2 to %3).")
                          .arg(other.excerpt(60), QLocale().toString(other.validFrom, QLocale::ShortFormat),
                              QLocale().toString(other.validTo, QLocale::ShortFormat));
        return others.isEmpty() ? statusText(status(m)) : others.join(QLatin1Char('\n'));
    }
    if (role == SortRole) {
        switch (Column(index.column())) {
        case TextColumn: return m.text;
        case FromColumn: return m.validFrom;
        case ToColumn: return m.validTo;
        case StatusColumn: return int(status(m));
        case ColumnCount: break;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case TextColumn: return m.excerpt(80);
        case FromColumn: return QLocale().toString(m.validFrom, QLocale::ShortFormat);
        case ToColumn: return QLocale().toString(m.validTo, QLocale::ShortFormat);
        case StatusColumn: {
            const Status s = status(m);
            // An overlap says so where it is (both are shown; the later one is probably meant).
            return s != Status::Expired && !overlapping(m).isEmpty() ? tr("%1 (overlaps)").arg(statusText(s))
                                                                     : statusText(s);
        }
        case ColumnCount: break;
        }
    }
    return {};
}

InfoMessageListModel::Status InfoMessageListModel::status(const InfoMessage &m) const
{
    if (m.validTo < m_today)
        return Status::Expired;
    return m.validFrom > m_today ? Status::Planned : Status::Shown;
}

QString InfoMessageListModel::statusText(Status status)
{
    switch (status) {
    case Status::Shown: return tr("Shown now");
    case Status::Planned: return tr("Planned");
    case Status::Expired: return tr("Expired");
    }
    return {};
}

QList<InfoMessage> InfoMessageListModel::overlapping(const InfoMessage &message) const
{
    QList<InfoMessage> out;
    for (const InfoMessage &other : m_items) {
        if (message.overlaps(other))
            out.append(other);
    }
    return out;
}

QVariant InfoMessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TextColumn: return tr("Message");
    case FromColumn: return tr("Shown from");
    case ToColumn: return tr("Shown to");
    case StatusColumn: return tr("Status");
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
    const InfoMessage before = row >= 0 ? m_items.at(row) : InfoMessage();
    if (row >= 0) {
        m_items[row] = message;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else {
        const int at = int(m_items.size());
        beginInsertRows({}, at, at);
        m_items.append(message);
        endInsertRows();
    }
    // The others it overlapped or overlaps now may say so differently.
    for (int other = 0; other < m_items.size(); ++other) {
        const InfoMessage &o = m_items.at(other);
        if (o.id != message.id && (message.overlaps(o) || (row >= 0 && before.overlaps(o))))
            Q_EMIT dataChanged(index(other, StatusColumn), index(other, StatusColumn));
    }
}

void InfoMessageListModel::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, StatusColumn), index(int(m_items.size()) - 1, StatusColumn));
}

void InfoMessageListModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    const InfoMessage gone = m_items.takeAt(row);
    endRemoveRows();
    for (int other = 0; other < m_items.size(); ++other) {
        if (gone.overlaps(m_items.at(other)))
            Q_EMIT dataChanged(index(other, StatusColumn), index(other, StatusColumn));
    }
}

} // namespace hn::models
