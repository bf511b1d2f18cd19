#pragma once

#include <QDialog>
#include <QString>

class QTextBrowser;

namespace hn::ui {

// Shows the user guide (the README's sections for users, built into the program) with its
// screenshots.
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HelpDialog(QWidget *parent = nullptr);
    // The part of the README that is the user guide: its title, then from its first section to the
    // line `<!-- user guide ends -->` (what follows is for developers: performance, tests,
    // development), without the commands before the first section.
    static QString userGuideOf(const QString &readme);
    QTextBrowser *browser() const { return m_browser; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QTextBrowser *m_browser;
};

} // namespace hn::ui
