#pragma once

#include "repo/conflict.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace hn::store {
class Store;
}

namespace hn::ui {

// Shows a change that collided with someone else's change to the same fields: both versions side by
// side, field by field. The user keeps their own version, takes the other one, or chooses field by
// field. Nothing is overwritten silently; the rest of the outbox goes on meanwhile.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Resolution { None, KeepMine, TakeTheirs, FieldByField };

    ConflictDialog(store::Store *store, qint64 seq, QWidget *parent = nullptr);

    bool isValid() const { return m_conflict.isValid(); }
    QTableWidget *table() const { return m_table; }
    Resolution resolution() const { return m_resolution; }

    // A readable name for a field path such as "extension[urn:...:period].valuePeriod.end".
    static QString fieldLabel(const QString &path);

public Q_SLOTS:
    void keepMine();
    void takeTheirs();
    void applyChoices();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void retranslate();
    void showNotSaved();

    repo::Conflict m_conflict;
    Resolution m_resolution = Resolution::None;
    QLabel *m_intro;
    QTableWidget *m_table;
    QPushButton *m_keepMine;
    QPushButton *m_takeTheirs;
    QPushButton *m_apply;
    QPushButton *m_later;
};

} // namespace hn::ui
