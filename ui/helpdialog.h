#pragma once

#include <QDialog>

class QTextBrowser;

namespace hn::ui {

// Shows the user guide (the README, built into the program) with its screenshots.
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HelpDialog(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QTextBrowser *m_browser;
};

} // namespace hn::ui
