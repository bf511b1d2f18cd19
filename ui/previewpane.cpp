#include "previewpane.h"

#include "validation.h"

#include "common/logging.h"
#include "webview.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPushButton>
#include <QVBoxLayout>

namespace hn::ui {

PreviewPane::PreviewPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("PreviewPane"));
    connect(this, &PreviewPane::pdfSaved, this, &PreviewPane::reportPdf);
    m_dateLabel = new QLabel(this);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("previewDate"));
    m_date->setCalendarPopup(true);
    m_dateLabel->setBuddy(m_date);
    m_today = new QPushButton(this);
    m_today->setObjectName(QStringLiteral("previewToday"));
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("previewNextAbsence"));
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("previewLanguage"));
    m_language->addItem(QStringLiteral("Norsk bokmål"), QStringLiteral("nb"));
    m_language->addItem(QStringLiteral("Norsk nynorsk"), QStringLiteral("nn"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageLabel->setBuddy(m_language);
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(QStringLiteral("previewPdf"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_dateLabel);
    bar->addWidget(m_date);
    bar->addWidget(m_today);
    bar->addWidget(m_next);
    bar->addSpacing(12);
    bar->addWidget(m_languageLabel);
    bar->addWidget(m_language);
    bar->addStretch(1);
    bar->addWidget(m_pdf);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addLayout(bar);
    m_fallback = new QLabel(this);
    m_fallback->setObjectName(QStringLiteral("previewFallback"));
    m_fallback->setWordWrap(true);
    m_fallback->setStyleSheet(QStringLiteral("background: #fff4ce; color: #3b2e00; padding: 4px;"));
    m_fallback->hide();
    m_layout->addWidget(m_fallback);

    connect(m_date, &QDateEdit::dateChanged, this, &PreviewPane::refresh);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreviewPane::refresh);
    connect(m_today, &QPushButton::clicked, this, &PreviewPane::showToday);
    connect(m_next, &QPushButton::clicked, this, &PreviewPane::showNextAbsence);
    connect(m_pdf, &QPushButton::clicked, this, &PreviewPane::choosePdfFile);
    retranslate();
}

void PreviewPane::setProvider(Provider provider)
{
    m_provider = std::move(provider);
    refresh();
}

void PreviewPane::setNextAbsenceProvider(std::function<std::optional<QDate>(const QDate &)> provider)
{
    m_nextAbsence = std::move(provider);
}

QDate PreviewPane::date() const
{
    return m_date->date();
}

void PreviewPane::setDate(const QDate &date)
{
    m_date->setDate(date);
}

void PreviewPane::setToday(const QDate &today)
{
    const bool wasToday = date() == this->today();
    m_fixedToday = today;
    if (wasToday)
        setDate(this->today());
}

QDate PreviewPane::today() const
{
    return m_fixedToday.isValid() ? m_fixedToday : QDate::currentDate();
}

QString PreviewPane::language() const
{
    return m_language->currentData().toString();
}

void PreviewPane::setLanguage(const QString &language)
{
    const int index = m_language->findData(language);
    if (index >= 0)
        m_language->setCurrentIndex(index);
}

void PreviewPane::showToday()
{
    setDate(today());
}

void PreviewPane::showNextAbsence()
{
    if (!m_nextAbsence)
        return;
    if (const auto next = m_nextAbsence(today()))
        setDate(*next);
}

QWidget *PreviewPane::view() const
{
    return m_view ? m_view->widget() : nullptr;
}

void PreviewPane::ensureView()
{
    if (m_view || m_unavailable)
        return;
    QString error;
    m_view = createWebView(
        this, [this](bool ok) { Q_EMIT loadFinished(ok); }, &error);
    if (!m_view) {
        m_unavailable = new QLabel(tr("The preview cannot be shown: %1").arg(error), this);
        m_unavailable->setObjectName(QStringLiteral("previewUnavailable"));
        m_unavailable->setWordWrap(true);
        m_unavailable->setAlignment(Qt::AlignCenter);
        m_layout->addWidget(m_unavailable, 1);
        return;
    }
    m_layout->addWidget(m_view->widget(), 1);
    if (!m_html.isEmpty())
        m_view->setHtml(m_html, QUrl(QStringLiteral("qrc:/preview/")));
}

void PreviewPane::refresh()
{
    if (!m_provider)
        return;
    const preview::PreviewInput input = m_provider(m_date->date(), language());
    QStringList fallingBack;
    for (const preview::PreviewService &service : input.services) {
        if (service.closed && service.closedTextFallsBack)
            fallingBack << models::ServiceType::displayName(service.code);
    }
    m_fallback->setText(fallingBack.isEmpty()
            ? QString()
            : tr("No %1 text for %2: citizens who read %1 see the bokmål text. Write it in the absence.")
                  .arg(models::Validation::languageName(language()), QLocale().createSeparatedList(fallingBack)));
    m_fallback->setVisible(!fallingBack.isEmpty());
    m_html = preview::renderGpPage(input);
    if (m_view)
        m_view->setHtml(m_html, QUrl(QStringLiteral("qrc:/preview/")));
    Q_EMIT rendered(m_html);
}

void PreviewPane::showEvent(QShowEvent *event)
{
    ensureView();
    QWidget::showEvent(event);
}

void PreviewPane::reportPdf(const QString &file, bool ok)
{
    if (ok)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Not saved"),
        tr("The preview could not be saved as a PDF in %1.").arg(QDir::toNativeSeparators(file)), QMessageBox::Ok,
        this);
    box->setObjectName(QStringLiteral("pdfNotSaved"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void PreviewPane::savePdf(const QString &file)
{
    ensureView();
    if (!m_view) {
        Q_EMIT pdfSaved(file, false);
        return;
    }
    m_view->printToPdf(file, QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(12, 12, 12, 12)),
        [this, file](bool ok) { Q_EMIT pdfSaved(file, ok); });
}

void PreviewPane::choosePdfFile()
{
    const QString file
        = QFileDialog::getSaveFileName(this, tr("Save the preview as PDF"), QString(), tr("PDF files (*.pdf)"));
    if (!file.isEmpty())
        savePdf(file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? file : file + QStringLiteral(".pdf"));
}

void PreviewPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PreviewPane::retranslate()
{
    m_dateLabel->setText(tr("Show the page as a citizen sees it &on:"));
    m_today->setText(tr("Today"));
    m_next->setText(tr("Next absence"));
    m_languageLabel->setText(tr("Citizen's lang&uage:"));
    m_pdf->setText(tr("Save as PDF…"));
    if (m_provider && !m_fallback->isHidden())
        refresh(); // the warning in the new language
}

} // namespace hn::ui
