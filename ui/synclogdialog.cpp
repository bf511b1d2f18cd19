#include "synclogdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hn::ui {

SyncLogDialog::SyncLogDialog(sync::SyncEngine *engine, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("SyncLogDialog"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(3);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (const sync::SyncLogEntry &entry : engine->log())
        addEntry(entry);
    connect(engine, &sync::SyncEngine::logAdded, this, &SyncLogDialog::addEntry);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *close = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(760, 420);
    retranslate();
}

QString SyncLogDialog::kindText(sync::SyncLogEntry::Kind kind)
{
    switch (kind) {
    case sync::SyncLogEntry::Kind::Sent: return tr("Sent");
    case sync::SyncLogEntry::Kind::Merged: return tr("Combined");
    case sync::SyncLogEntry::Kind::Conflict: return tr("Conflict");
    case sync::SyncLogEntry::Kind::Failed: return tr("Failed");
    case sync::SyncLogEntry::Kind::Retrying: return tr("Will retry");
    case sync::SyncLogEntry::Kind::Pulled: return tr("Fetched");
    case sync::SyncLogEntry::Kind::Info: return tr("Note");
    }
    return {};
}

void SyncLogDialog::addEntry(const sync::SyncLogEntry &entry)
{
    auto *item = new QTreeWidgetItem;
    item->setText(0, QLocale().toString(entry.when, QLocale::ShortFormat));
    item->setText(1, kindText(entry.kind));
    item->setData(1, Qt::UserRole, int(entry.kind));
    item->setText(2, entry.text);
    item->setToolTip(2, entry.text);
    m_list->insertTopLevelItem(0, item);
}

void SyncLogDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SyncLogDialog::retranslate()
{
    setWindowTitle(tr("Sync log"));
    m_list->setHeaderLabels({tr("Time"), tr("What"), tr("Details")});
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        item->setText(1, kindText(sync::SyncLogEntry::Kind(item->data(1, Qt::UserRole).toInt())));
    }
    if (auto *close = findChild<QPushButton *>(QStringLiteral("closeButton")))
        close->setText(tr("Close"));
}

} // namespace hn::ui
