#include "helpdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace hn::ui {

HelpDialog::HelpDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("HelpDialog"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSearchPaths({QStringLiteral(":/doc")});
    QFile readme(QStringLiteral(":/doc/README.md"));
    if (readme.open(QIODevice::ReadOnly))
        m_browser->setMarkdown(userGuideOf(QString::fromUtf8(readme.readAll())));
    else
        m_browser->setPlainText(tr("The user guide is not available in this build."));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(820, 640);
    retranslate();
}

QString HelpDialog::userGuideOf(const QString &readme)
{
    const qsizetype titleEnd = readme.indexOf(QLatin1Char('\n'));
    const qsizetype first = readme.indexOf(QLatin1String("\n## "));
    if (titleEnd < 0 || first < 0)
        return readme;
    const qsizetype end = readme.indexOf(QLatin1String("<!-- user guide ends -->"), first);
    return readme.left(titleEnd + 1) + readme.mid(first, end < 0 ? -1 : end - first);
}

void HelpDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void HelpDialog::retranslate()
{
    setWindowTitle(tr("User guide"));
    if (auto *close = findChild<QPushButton *>(QStringLiteral("closeButton")))
        close->setText(tr("Close"));
}

} // namespace hn::ui
