#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hn::auth {
class Session;
}

namespace hn::ui {

// Sign-in to the built-in sandbox as one of its demo users. The national sign-in (ID-porten /
// HelseID) replaces this dialog for real backends in a later version.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(auth::Session *session, const QString &lastUser, QWidget *parent = nullptr);

    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLabel *errorLabel() const { return m_error; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void submit();

    auth::Session *m_session;
    QLabel *m_intro;
    QLabel *m_userLabel;
    QLabel *m_passwordLabel;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_signIn;
    QPushButton *m_cancel;
};

} // namespace hn::ui
