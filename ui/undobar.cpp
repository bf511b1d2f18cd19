#include "undobar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QUndoStack>

namespace hn::ui {

UndoBar::UndoBar(QUndoStack *stack, QWidget *parent)
    : QFrame(parent)
    , m_stack(stack)
    , m_text(new QLabel(this))
    , m_undoButton(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("undoBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_text->setObjectName(QStringLiteral("undoBarText"));
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_undoButton->setObjectName(QStringLiteral("undoBarUndo"));
    m_undoButton->setAutoDefault(false);
    m_close->setObjectName(QStringLiteral("undoBarClose"));
    m_close->setFlat(true);
    m_close->setAutoDefault(false);
    m_close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 2, 2);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_undoButton);
    layout->addWidget(m_close);
    connect(m_undoButton, &QPushButton::clicked, this, [this] {
        hide();
        if (m_stack->index() == m_index && m_stack->command(m_index - 1) == m_command)
            m_stack->undo();
    });
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    connect(m_stack, &QUndoStack::indexChanged, this, &UndoBar::onIndexChanged);
    retranslate();
    hide();
}

void UndoBar::offer(const QString &what)
{
    m_index = m_stack->index();
    m_command = m_index > 0 ? m_stack->command(m_index - 1) : nullptr;
    if (!m_command)
        return;
    m_text->setText(what);
    show();
}

void UndoBar::onIndexChanged(int index)
{
    // Anything else done since (or this undone) and the offer is gone.
    if (index != m_index || m_stack->command(m_index - 1) != m_command)
        hide();
}

void UndoBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void UndoBar::retranslate()
{
    m_undoButton->setText(tr("&Undo"));
    m_undoButton->setToolTip(tr("Take it back (Ctrl+Z)"));
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close"));
}

bool askBeforeDeleting(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("askBeforeDeleting"));
    QPushButton *remove = box.addButton(UndoBar::tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDelete"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == remove;
}

} // namespace hn::ui
