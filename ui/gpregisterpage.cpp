#include "gpregisterpage.h"

#include "common/logging.h"
#include "fhir/mapping.h"
#include "store/store.h"

#include <QComboBox>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace hn::ui {

namespace {

// Filter and sort straight on the model's entries: with thousands of rows, a QVariant per row and
// comparison is most of the time of a keystroke.
class GpFilterModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    // Only the GPs of this municipality ("" = all), and only those who do not offer this service
    // ("" = any).
    void setMunicipality(const QString &municipality)
    {
        if (std::exchange(m_municipality, municipality) != municipality)
            invalidate();
    }
    void setWithout(const QString &serviceType)
    {
        if (std::exchange(m_without, serviceType) != serviceType)
            invalidate();
    }
    void setNeedle(const QString &needle)
    {
        if (needle == m_needle)
            return;
        m_needle = needle;
        // One layout change rather than a removal signal per range of rows: a keystroke often takes
        // thousands of rows out, in as many ranges, each of which the table would handle on its own.
        invalidate();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &) const override
    {
        const models::GpEntry &e = gps()->at(row);
        if (!m_municipality.isEmpty() && e.municipality != m_municipality)
            return false;
        if (!m_without.isEmpty() && e.serviceTypes.contains(m_without))
            return false;
        return m_needle.isEmpty() || gps()->searchText(row).contains(m_needle, Qt::CaseInsensitive);
    }
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const models::GpEntry &a = gps()->at(left.row());
        const models::GpEntry &b = gps()->at(right.row());
        switch (models::GpListModel::Column(left.column())) {
        case models::GpListModel::HprColumn:
            if (a.hprNumber.size() != b.hprNumber.size())
                return a.hprNumber.size() < b.hprNumber.size();
            if (a.hprNumber != b.hprNumber)
                return a.hprNumber < b.hprNumber;
            break;
        case models::GpListModel::OfficeColumn:
            if (const int c
                = gps()->officeText(left.row()).compare(gps()->officeText(right.row()), Qt::CaseInsensitive);
                c != 0)
                return c < 0;
            break;
        case models::GpListModel::MunicipalityColumn:
            if (const int c = a.municipality.compare(b.municipality, Qt::CaseInsensitive); c != 0)
                return c < 0;
            break;
        case models::GpListModel::ServicesColumn:
            if (a.services != b.services)
                return a.services < b.services;
            break;
        case models::GpListModel::NameColumn:
        case models::GpListModel::ColumnCount: break;
        }
        return left.row() < right.row(); // the model's own order: Norwegian name order
    }

private:
    const models::GpListModel *gps() const { return static_cast<const models::GpListModel *>(sourceModel()); }
    QString m_needle;
    QString m_municipality;
    QString m_without;
};

// The entries from the stored bytes of the four types.
QList<models::GpEntry> gpEntriesFrom(const QList<QByteArray> &organizations, const QList<QByteArray> &practitionerJson,
    const QList<QByteArray> &roles, const QList<QByteArray> &serviceJson)
{
    QHash<QString, models::Actor> offices;
    QHash<QString, QString> municipalityNames; // number -> name, from the municipalities themselves
    for (const QByteArray &json : organizations) {
        auto actor = fhir::actorSummaryFromFhir(json);
        if (!actor.ok())
            continue;
        if (actor.value().kind == models::ActorKind::Municipality && !actor.value().municipalityNumber.isEmpty())
            municipalityNames.insert(actor.value().municipalityNumber, actor.value().name);
        const QString id = actor.value().id;
        offices.insert(id, actor.takeValue());
    }
    QHash<QString, QString> serviceTypes; // id -> code, of the services shown to citizens
    for (const QByteArray &json : serviceJson) {
        const auto parsed = fhir::parseResource(json);
        const auto service = parsed.ok() ? fhir::healthcareServiceFromFhir(parsed.value())
                                         : fhir::Result<models::HealthcareService>::failure(parsed.error());
        if (service.ok() && service.value().active)
            serviceTypes.insert(service.value().id, service.value().serviceType);
    }
    QHash<QString, models::Practitioner> practitioners;
    for (const QByteArray &json : practitionerJson) {
        const auto parsed = fhir::parseResource(json);
        auto p = parsed.ok() ? fhir::practitionerFromFhir(parsed.value())
                             : fhir::Result<models::Practitioner>::failure(parsed.error());
        if (p.ok()) {
            const QString id = p.value().id;
            practitioners.insert(id, p.takeValue());
        }
    }
    QList<models::GpEntry> entries;
    entries.reserve(roles.size());
    for (const QByteArray &json : roles) {
        const auto parsed = fhir::parseResource(json);
        const auto role = parsed.ok() ? fhir::practitionerRoleFromFhir(parsed.value())
                                      : fhir::Result<models::PractitionerRole>::failure(parsed.error());
        if (!role.ok()) {
            qCWarning(lcUi) << "skipping a PractitionerRole the program cannot read:" << role.error();
            continue;
        }
        const models::PractitionerRole &r = role.value();
        const models::Practitioner p = practitioners.value(r.practitionerId);
        models::GpEntry e;
        e.roleId = r.id;
        e.practitionerId = r.practitionerId;
        e.officeId = r.organizationId;
        e.given = p.given;
        e.family = p.family;
        e.hprNumber = p.hprNumber;
        const models::Actor office = offices.value(r.organizationId);
        e.officeName = office.name;
        e.officeOrgNumber = office.orgNumber;
        e.municipality = !office.addressMunicipalityName.isEmpty()
            ? office.addressMunicipalityName
            : municipalityNames.value(office.addressMunicipalityNumber, office.addressMunicipalityNumber);
        e.services = int(r.healthcareServiceIds.size());
        for (const QString &id : r.healthcareServiceIds) {
            if (const QString code = serviceTypes.value(id); !code.isEmpty())
                e.serviceTypes << code;
        }
        e.active = r.active && p.active;
        entries.append(e);
    }
    return entries;
}

// The same from the file, with a connection of its own (one snapshot of the three types): for a
// worker thread; nullopt when the file cannot be read.
std::optional<QList<models::GpEntry>> readGpEntriesFromFile(const QString &path)
{
    const auto lists = store::Store::rawJsonOfFile(path,
        {QStringLiteral("Organization"), QStringLiteral("Practitioner"), QStringLiteral("PractitionerRole"),
            QStringLiteral("HealthcareService")});
    if (!lists)
        return std::nullopt;
    return gpEntriesFrom(lists->at(0), lists->at(1), lists->at(2), lists->at(3));
}

} // namespace

QList<models::GpEntry> readGpEntries(store::Store *store)
{
    return gpEntriesFrom(store->rawJsonOf(QStringLiteral("Organization")),
        store->rawJsonOf(QStringLiteral("Practitioner")), store->rawJsonOf(QStringLiteral("PractitionerRole")),
        store->rawJsonOf(QStringLiteral("HealthcareService")));
}

GpRegisterPage::GpRegisterPage(store::Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new models::GpListModel(this))
    , m_proxy(new GpFilterModel(this))
    , m_title(new QLabel(this))
    , m_count(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_municipality(new QComboBox(this))
    , m_without(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("gpRegister"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_count->setObjectName(QStringLiteral("gpCount"));
    m_filter->setObjectName(QStringLiteral("gpFilter"));
    m_filter->setClearButtonEnabled(true);
    m_municipality->setObjectName(QStringLiteral("gpMunicipality"));
    m_municipality->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_without->setObjectName(QStringLiteral("gpWithout"));
    m_without->addItem(QString(), QString()); // named in retranslate()
    for (const QString &code : models::ServiceType::gpServices())
        m_without->addItem(QString(), code);

    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("gpTable"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(models::GpListModel::NameColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(models::GpListModel::NameColumn, QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(models::GpListModel::OfficeColumn, QHeaderView::Stretch);
    // Fixed widths for the narrow columns: fitting them to their contents would measure thousands of
    // rows on every keystroke.
    const int digit = m_view->fontMetrics().horizontalAdvance(QStringLiteral("0"));
    m_view->horizontalHeader()->setSectionResizeMode(models::GpListModel::HprColumn, QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(models::GpListModel::ServicesColumn, QHeaderView::Interactive);
    m_view->setColumnWidth(models::GpListModel::HprColumn, digit * 16);
    m_view->setColumnWidth(models::GpListModel::ServicesColumn, digit * 12);
    m_view->setColumnWidth(models::GpListModel::NameColumn, digit * 26);
    m_view->horizontalHeader()->setSectionResizeMode(models::GpListModel::MunicipalityColumn, QHeaderView::Interactive);
    m_view->setColumnWidth(models::GpListModel::MunicipalityColumn, digit * 18);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_count);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_municipality);
    filters->addWidget(m_without);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    // Filter as you type: a pass over the national register takes about a millisecond.
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        static_cast<GpFilterModel *>(m_proxy)->setNeedle(text.trimmed());
        updateCount();
    });
    connect(m_municipality, &QComboBox::currentIndexChanged, this, [this] {
        static_cast<GpFilterModel *>(m_proxy)->setMunicipality(m_municipality->currentData().toString());
        updateCount();
    });
    connect(m_without, &QComboBox::currentIndexChanged, this, [this] {
        static_cast<GpFilterModel *>(m_proxy)->setWithout(m_without->currentData().toString());
        updateCount();
    });
    connect(m_view, &QAbstractItemView::activated, this, [this] { openCurrent(); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &GpRegisterPage::updateCount);

    // Follows the store, once a burst of changes (a sync page) has settled.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(500);
    connect(m_reloadTimer, &QTimer::timeout, this, &GpRegisterPage::reloadInBackground);
    const auto changed = [this](const QString &type) {
        if (type == QLatin1String("Practitioner") || type == QLatin1String("PractitionerRole")
            || type == QLatin1String("Organization"))
            m_reloadTimer->start();
    };
    connect(store, &store::Store::resourcesInserted, this, changed);
    connect(store, &store::Store::resourcesUpdated, this, changed);
    connect(store, &store::Store::resourcesRemoved, this, changed);

    retranslate();
    reload();
}

void GpRegisterPage::reload()
{
    m_model->setItems(readGpEntries(m_store));
    updateMunicipalities();
    updateCount();
}

void GpRegisterPage::updateMunicipalities()
{
    const QString chosen = m_municipality->currentData().toString();
    const QSignalBlocker quiet(m_municipality); // the filter stays as it is
    m_municipality->clear();
    m_municipality->addItem(tr("All municipalities"), QString());
    for (const QString &name : m_model->municipalities())
        m_municipality->addItem(name, name);
    // One no longer in the data stays chosen, so that the table does not widen by itself.
    if (!chosen.isEmpty() && m_municipality->findData(chosen) < 0)
        m_municipality->addItem(chosen, chosen);
    m_municipality->setCurrentIndex(qMax(0, m_municipality->findData(chosen)));
}

void GpRegisterPage::setMunicipality(const QString &name)
{
    const int index = m_municipality->findData(name);
    m_municipality->setCurrentIndex(index < 0 ? 0 : index);
}

void GpRegisterPage::setWithout(const QString &serviceType)
{
    const int index = m_without->findData(serviceType);
    m_without->setCurrentIndex(index < 0 ? 0 : index);
}

void GpRegisterPage::reloadInBackground()
{
    // Thousands of GPs take a tenth of a second to read: while a sync writes page after page, that
    // happens on a worker, and the table takes the result in one reset.
    if (m_loading) {
        m_loadAgain = true;
        return;
    }
    m_loading = true;
    using Read = std::optional<QList<models::GpEntry>>;
    auto *watcher = new QFutureWatcher<Read>(this);
    connect(watcher, &QFutureWatcher<Read>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_loading = false;
        const Read entries = watcher->result();
        if (entries) {
            m_model->setItems(*entries);
            updateMunicipalities();
            updateCount();
        } else {
            // Not an empty register: the table keeps what it showed until the next change.
            qCWarning(lcUi) << "the register of all GPs could not be read again from" << m_store->path();
        }
        Q_EMIT backgroundReadDone(entries.has_value());
        if (std::exchange(m_loadAgain, false))
            reloadInBackground();
    });
    watcher->setFuture(QtConcurrent::run(readGpEntriesFromFile, m_store->path()));
}

void GpRegisterPage::openCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    const QString office = index.data(models::GpListModel::OfficeIdRole).toString();
    if (!office.isEmpty())
        Q_EMIT officeRequested(office);
}

void GpRegisterPage::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    m_count->setText(shown == all ? tr("%n GP(s)", nullptr, all) : tr("%1 of %n GP(s)", nullptr, all).arg(shown));
}

void GpRegisterPage::retranslate()
{
    m_title->setText(tr("All GPs"));
    m_filter->setPlaceholderText(tr("Filter by name, HPR number or office"));
    m_filter->setAccessibleName(tr("Filter the GPs"));
    m_municipality->setItemText(0, tr("All municipalities"));
    m_municipality->setAccessibleName(tr("Only the GPs of this municipality"));
    m_without->setItemText(0, tr("Any services"));
    for (int i = 1; i < m_without->count(); ++i)
        m_without->setItemText(
            i, tr("Without %1").arg(models::ServiceType::displayName(m_without->itemData(i).toString()).toLower()));
    m_without->setAccessibleName(tr("Only the GPs who do not offer this service"));
    m_view->setAccessibleName(tr("GPs"));
    updateCount();
}

void GpRegisterPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace hn::ui
