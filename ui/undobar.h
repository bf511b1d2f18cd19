#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QUndoCommand;
class QUndoStack;

namespace hn::ui {

// "Fravær slettet · Angre": a bar that says what was just done and takes it back with one click
// (or Alt and the underlined key), shown for as long as that edit is the next one undo takes back;
// any other undo, redo or edit, or the close button, hides it.
class UndoBar : public QFrame
{
    Q_OBJECT
public:
    explicit UndoBar(QUndoStack *stack, QWidget *parent = nullptr);

    // Offers to take back the edit just pushed onto the stack; `what` says what it did.
    void offer(const QString &what);
    QPushButton *undoButton() const { return m_undoButton; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onIndexChanged(int index);

    QUndoStack *m_stack;
    QLabel *m_text;
    QPushButton *m_undoButton;
    QPushButton *m_close;
    // The edit offered and where the stack stood after it.
    const QUndoCommand *m_command = nullptr;
    int m_index = -1;
};

// Asks before something citizens see now or will see is deleted: "Delete" and "Cancel" (the
// default, also for Escape). Returns whether to delete.
bool askBeforeDeleting(QWidget *parent, const QString &title, const QString &text);

} // namespace hn::ui
