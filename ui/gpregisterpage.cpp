#include "gpregisterpage.h"

#include "repo/gpregister.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

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

} // namespace

GpRegisterPage::GpRegisterPage(repo::GpRegister *gps, QWidget *parent)
    : QWidget(parent)
    , m_gps(gps)
    , m_model(new models::GpListModel(this))
    , m_proxy(new GpFilterModel(this))
    , m_title(new QLabel(this))
    , m_count(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_municipality(new QComboBox(this))
    , m_without(new QComboBox(this))
    , m_view(new QTableView(this))
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

    // Follows the store through the register: read again on a worker once a burst of changes has
    // settled, the table taking the result in one reset; a read that fails keeps what it showed.
    connect(m_gps, &repo::GpRegister::changed, this, &GpRegisterPage::reloadInBackground);
    connect(m_gps, &repo::GpRegister::entriesRead, this, [this](const QList<models::GpEntry> &entries) {
        m_model->setItems(entries);
        updateMunicipalities();
        updateCount();
        Q_EMIT backgroundReadDone(true);
    });
    connect(m_gps, &repo::GpRegister::readFailed, this, [this] { Q_EMIT backgroundReadDone(false); });

    retranslate();
    reload();
}

void GpRegisterPage::reload()
{
    m_model->setItems(m_gps->read());
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
    m_gps->readInBackground();
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
