#pragma once

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

// Answers the next "Delete …?" question once it is open: Delete when `remove`, else Cancel. Its
// text goes to *asked; where no question comes, *asked stays as it was (and nothing waits).
inline void answerDeleteQuestion(bool remove, QString *asked = nullptr)
{
    QTimer::singleShot(0, [remove, asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("askBeforeDeleting"))
            return;
        if (asked)
            *asked = box->text();
        QAbstractButton *button = remove ? box->findChild<QPushButton *>(QStringLiteral("confirmDelete"))
                                         : box->button(QMessageBox::Cancel);
        button->click();
    });
}
