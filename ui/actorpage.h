#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QTreeWidget;

namespace hn::repo {
class Actors;
}

namespace hn::ui {

// An overview of an actor that is not a GP office (municipality, unit, NHN): its identifiers and
// the services and health contacts it and its units offer citizens.
class ActorPage : public QWidget
{
    Q_OBJECT
public:
    ActorPage(repo::Actors *actors, const QString &organizationId, QWidget *parent = nullptr);
    QString organizationId() const { return m_id; }
    QTreeWidget *services() const { return m_services; }
    QListWidget *offices() const { return m_offices; }

Q_SIGNALS:
    // An actor listed here (a GP office of the municipality) is to be opened.
    void actorRequested(const QString &organizationId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    repo::Actors *m_actors;
    QString m_id;
    QLabel *m_title;
    QLabel *m_details;
    QTreeWidget *m_services;
    QLabel *m_officesLabel;
    QListWidget *m_offices; // a municipality's GP offices, by the municipality of their address
};

} // namespace hn::ui
