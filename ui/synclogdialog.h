#pragma once

#include "sync/syncengine.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace hn::ui {

// Lists what the sync engine sent, merged, retried and failed, in plain words, newest first; the
// chosen entry is shown in full below the list.
class SyncLogDialog : public QDialog
{
    Q_OBJECT
public:
    SyncLogDialog(sync::SyncEngine *engine, QWidget *parent = nullptr);
    QTreeWidget *list() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void addEntry(const sync::SyncLogEntry &entry);
    void retranslate();
    static QString kindText(sync::SyncLogEntry::Kind kind);
    QTreeWidget *m_list;
    QLabel *m_detail;
};

} // namespace hn::ui
