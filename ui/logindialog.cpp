#include "logindialog.h"

#include "auth/session.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hn::ui {

LoginDialog::LoginDialog(auth::Session *session, const QString &lastUser, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_intro(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_user(new QLineEdit(lastUser, this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("LoginDialog"));
    m_intro->setWordWrap(true);
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);

    auto *form = new QFormLayout;
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);

    auto *buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_session, &auth::Session::signedIn, this, [this] {
        m_password->clear();
        accept();
    });
    connect(m_session, &auth::Session::signInFailed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
        m_signIn->setEnabled(true);
        m_password->selectAll();
        m_password->setFocus();
    });
    retranslate();
    (lastUser.isEmpty() ? m_user : m_password)->setFocus();
}

void LoginDialog::submit()
{
    m_error->hide();
    m_signIn->setEnabled(false);
    m_session->signInToSandbox(m_user->text(), m_password->text());
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LoginDialog::retranslate()
{
    setWindowTitle(tr("Sign in"));
    m_intro->setText(tr("Sign in to the test backend with one of its demo users (for example nhn, lege1 or "
                        "kommune1; the password is demo)."));
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_signIn->setText(tr("Sign in"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace hn::ui
