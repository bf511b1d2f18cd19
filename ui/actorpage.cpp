#include "actorpage.h"

#include "itemmodels.h"
#include "repo/actors.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hn::ui {

ActorPage::ActorPage(repo::Actors *actors, const QString &organizationId, QWidget *parent)
    : QWidget(parent)
    , m_actors(actors)
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
    connect(actors, &repo::Actors::changed, this, &ActorPage::load);
    load();
}

void ActorPage::load()
{
    const std::optional<models::Actor> actor = m_actors->actor(m_id);
    if (!actor)
        return;
    const models::Actor &a = *actor;
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
    for (const models::Actor &unit : m_actors->unitsOf(m_id))
        orgs.append({unit.id, unit.name});
    for (const auto &[id, name] : orgs) {
        auto *parent = new QTreeWidgetItem(m_services, {name});
        for (const models::HealthcareService &s : m_actors->servicesOf(id)) {
            new QTreeWidgetItem(
                parent, {models::ServiceType::displayName(s.serviceType), s.program, s.active ? tr("Yes") : tr("No")});
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
    const QList<models::Actor> offices = m_actors->gpOfficesIn(a.municipalityNumber);
    for (const models::Actor &office : offices) {
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
