#pragma once

#include "preview/citizenpage.h"

#include <QDate>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace hn::ui {

class WebView;

// The citizen preview: the GP's page on Helsenorge as a citizen sees it on a chosen date and in a
// chosen language, rendered in Qt WebEngine with scripts off. The web view is created the first
// time the pane is shown (it costs tens of milliseconds and tens of MiB), from a module loaded then
// (webview.h); if it cannot be loaded, the pane says so in place of the page.
class PreviewPane : public QWidget
{
    Q_OBJECT
public:
    explicit PreviewPane(QWidget *parent = nullptr);

    using Provider = std::function<preview::PreviewInput(const QDate &date, const QString &language)>;
    void setProvider(Provider provider);
    void setNextAbsenceProvider(std::function<std::optional<QDate>(const QDate &from)> provider);

    QDate date() const;
    void setDate(const QDate &date);
    // The day "Today" and "Next absence" start from; defaults to the current date (tests set it).
    void setToday(const QDate &today);
    QDate today() const;
    QString language() const;
    void setLanguage(const QString &language);
    QString currentHtml() const { return m_html; }
    // The web view's widget (a QWebEngineView), once shown; nullptr before.
    QWidget *view() const;

public Q_SLOTS:
    void refresh();
    void showToday();
    void showNextAbsence();
    void savePdf(const QString &file);

Q_SIGNALS:
    void rendered(const QString &html);
    void loadFinished(bool ok);
    void pdfSaved(const QString &file, bool ok);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void reportPdf(const QString &file, bool ok); // a failure is told, not only signalled
    void ensureView();
    void retranslate();
    void choosePdfFile();

    Provider m_provider;
    std::function<std::optional<QDate>(const QDate &)> m_nextAbsence;
    QString m_html;
    QLabel *m_dateLabel;
    QDateEdit *m_date;
    QDate m_fixedToday; // invalid: the current date
    QPushButton *m_today;
    QPushButton *m_next;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QPushButton *m_pdf;
    QVBoxLayout *m_layout;
    WebView *m_view = nullptr;
    QLabel *m_unavailable = nullptr;
    QLabel *m_fallback; // which texts the page shows in bokmål for want of the chosen language
};

} // namespace hn::ui
