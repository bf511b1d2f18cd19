#include "synclogdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hn::ui {

SyncLogDialog::SyncLogDialog(sync::SyncEngine *engine, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
    , m_detail(new QLabel(this))
{
    setObjectName(QStringLiteral("SyncLogDialog"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(3);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents); // never "05.12.2026 0…"
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (const sync::SyncLogEntry &entry : engine->log())
        addEntry(entry);
    connect(engine, &sync::SyncEngine::logAdded, this, &SyncLogDialog::addEntry);
    // A long entry is cut in the list; the chosen one (at first the newest) is read in full here.
    m_detail->setObjectName(QStringLiteral("logDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 3);
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
        [this](QTreeWidgetItem *item) { m_detail->setText(item ? item->text(2) : QString()); });
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *close = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_detail);
    layout->addWidget(buttons);
    resize(900, 420);
    retranslate();
}

QString SyncLogDialog::kindText(sync::SyncLogEntry::Kind kind)
{
    switch (kind) {
    case sync::SyncLogEntry::Kind::Sent: return tr("Saved");
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
    const bool followNewest = !m_list->currentItem() || m_list->currentItem() == m_list->topLevelItem(0);
    m_list->insertTopLevelItem(0, item);
    if (followNewest)
        m_list->setCurrentItem(item);
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
