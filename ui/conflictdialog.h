#pragma once

#include <QDialog>
#include <QJsonObject>

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

    bool isValid() const { return m_valid; }
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
    bool resolveWith(const QSet<QString> &preferMine);
    void showNotSaved();

    store::Store *m_store;
    qint64 m_seq;
    bool m_valid = false;
    // Whole-resource conflicts, where field choices do not apply: the resource was deleted on the
    // server while this edit waited, or this edit is a deletion of a version someone else changed.
    bool m_goneThere = false;
    bool m_deletion = false;
    QJsonObject m_base, m_mine, m_theirs;
    QStringList m_conflicts;
    Resolution m_resolution = Resolution::None;
    QLabel *m_intro;
    QTableWidget *m_table;
    QPushButton *m_keepMine;
    QPushButton *m_takeTheirs;
    QPushButton *m_apply;
    QPushButton *m_later;
};

} // namespace hn::ui
