#include "actorpage.h"

#include "fhir/mapping.h"
#include "itemmodels.h"
#include "store/store.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hn::ui {

ActorPage::ActorPage(store::Store *store, const QString &organizationId, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_id(organizationId)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_services(new QTreeWidget(this))
    , m_officesLabel(new QLabel(this))
    , m_offices(new QListWidget(this))
{
    setObjectName(QStringLiteral("ActorPage"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_details->setTextFormat(Qt::PlainText);
    m_services->setColumnCount(3);
    m_services->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_services, 1);
    m_offices->setObjectName(QStringLiteral("municipalityOffices"));
    m_officesLabel->setBuddy(m_offices);
    layout->addWidget(m_officesLabel);
    layout->addWidget(m_offices);
    connect(m_offices, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { Q_EMIT actorRequested(item->data(Qt::UserRole).toString()); });
    auto reload = [this](const QString &type, const QStringList &) {
        if (type == QLatin1String("Organization") || type == QLatin1String("HealthcareService"))
            load();
    };
    connect(store, &store::Store::resourcesInserted, this, reload);
    connect(store, &store::Store::resourcesUpdated, this, reload);
    connect(store, &store::Store::resourcesRemoved, this, reload);
    load();
}

void ActorPage::load()
{
    const auto cached = m_store->resource(QStringLiteral("Organization"), m_id);
    const auto actor = cached ? fhir::actorFromFhir(cached->json) : fhir::Result<models::Actor>::failure(QString());
    if (!actor.ok())
        return;
    const models::Actor &a = actor.value();
    m_title->setText(a.name);
    QStringList lines {models::ActorListModel::kindName(a.kind)};
    if (!a.orgNumber.isEmpty())
        lines << tr("Organisation number: %1").arg(a.orgNumber);
    if (!a.herId.isEmpty())
        lines << tr("HER-id: %1").arg(a.herId);
    if (!a.municipalityNumber.isEmpty())
        lines << tr("Municipality number: %1").arg(a.municipalityNumber);
    if (!a.phone.isEmpty())
        lines << tr("Phone: %1").arg(a.phone);
    m_details->setText(lines.join(QLatin1Char('\n')));
    m_services->setHeaderLabels({tr("Service or health contact"), tr("Programme"), tr("Shown to citizens")});
    m_services->clear();
    // The actor itself and its units.
    QList<QPair<QString, QString>> orgs {{m_id, a.name}};
    for (const store::CachedResource &unit : m_store->referencing(
             QStringLiteral("Organization"), QStringLiteral("partOf"), QStringLiteral("Organization/") + m_id)) {
        const auto u = fhir::actorFromFhir(unit.json);
        if (u.ok())
            orgs.append({u.value().id, u.value().name});
    }
    for (const auto &[id, name] : orgs) {
        auto *parent = new QTreeWidgetItem(m_services, {name});
        for (const store::CachedResource &r : m_store->referencing(QStringLiteral("HealthcareService"),
                 QStringLiteral("providedBy"), QStringLiteral("Organization/") + id)) {
            const auto s = fhir::healthcareServiceFromFhir(r.json);
            if (!s.ok())
                continue;
            new QTreeWidgetItem(parent,
                {models::ServiceType::displayName(s.value().serviceType), s.value().program,
                    s.value().active ? tr("Yes") : tr("No")});
        }
        if (parent->childCount() == 0 && id != m_id)
            delete parent;
    }
    m_services->expandAll();

    // A municipality: the GP offices in it, each a double click (or Enter) away.
    m_offices->clear();
    const bool municipality = a.kind == models::ActorKind::Municipality && !a.municipalityNumber.isEmpty();
    m_officesLabel->setVisible(municipality);
    m_offices->setVisible(municipality);
    if (!municipality)
        return;
    QList<models::Actor> offices;
    for (const store::CachedResource &r : m_store->resources(QStringLiteral("Organization"))) {
        const auto office = fhir::actorFromFhir(r.json);
        if (office.ok() && office.value().kind == models::ActorKind::GpOffice
            && office.value().addressMunicipalityNumber == a.municipalityNumber)
            offices.append(office.value());
    }
    for (const models::Actor &office : models::ActorListModel::sortedByName(offices)) {
        auto *item = new QListWidgetItem(
            office.orgNumber.isEmpty() ? office.name : tr("%1 (org. no. %2)").arg(office.name, office.orgNumber),
            m_offices);
        item->setData(Qt::UserRole, office.id);
    }
    m_officesLabel->setText(tr("GP &offices in the municipality (%n):", nullptr, int(offices.size())));
}

void ActorPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        load();
    QWidget::changeEvent(event);
}

} // namespace hn::ui
