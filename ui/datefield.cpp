#include "datefield.h"

#include <QAction>
#include <QCalendarWidget>
#include <QEvent>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QStyle>

namespace hn::ui {

namespace {

const QString kFormat = QStringLiteral("dd.MM.yyyy");

// A year of two digits is this century's.
int fullYear(int year, int digits)
{
    return digits <= 2 ? 2000 + year : year;
}

} // namespace

DateField::DateField(const QDate &date, QWidget *parent)
    : QLineEdit(parent)
    , m_date(date)
    , m_today(QDate::currentDate())
{
    // Wide enough for the date and the calendar button, in any font.
    setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00.00.00000")) + 48);
    m_calendarAction = addAction(
        QIcon::fromTheme(QStringLiteral("x-office-calendar"), style()->standardIcon(QStyle::SP_TitleBarUnshadeButton)),
        QLineEdit::TrailingPosition);
    connect(m_calendarAction, &QAction::triggered, this, &DateField::openCalendar);
    connect(this, &QLineEdit::textEdited, this, &DateField::onTextEdited);
    connect(this, &QLineEdit::editingFinished, this, &DateField::onEditingFinished);
    showDate();
    retranslate();
}

QDate DateField::parse(const QString &input, const QDate &today)
{
    const QString text = input.trimmed().toLower();
    if (text.isEmpty())
        return {};
    if (text == QLatin1String("i dag") || text == QLatin1String("idag") || text == QLatin1String("today"))
        return today;
    if (text == QLatin1String("i morgen") || text == QLatin1String("i morgon") || text == QLatin1String("imorgen")
        || text == QLatin1String("tomorrow"))
        return today.addDays(1);
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    if (const auto m = iso.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    int day = 0, month = 0, year = -1, yearDigits = 4;
    static const QRegularExpression parts(
        QStringLiteral("^(\\d{1,2})[./\\- ](\\d{1,2})(?:[./\\- ](\\d{2}|\\d{4}))?\\.?$"));
    static const QRegularExpression digits(QStringLiteral("^(\\d{2})(\\d{2})(\\d{2}|\\d{4})?$"));
    if (const auto m = parts.match(text); m.hasMatch()) {
        day = m.captured(1).toInt();
        month = m.captured(2).toInt();
        if (m.hasCaptured(3) && !m.captured(3).isEmpty()) {
            year = m.captured(3).toInt();
            yearDigits = int(m.captured(3).size());
        }
    } else if (const auto d = digits.match(text); d.hasMatch()) {
        day = d.captured(1).toInt();
        month = d.captured(2).toInt();
        if (d.hasCaptured(3) && !d.captured(3).isEmpty()) {
            year = d.captured(3).toInt();
            yearDigits = int(d.captured(3).size());
        }
    } else {
        return {};
    }
    if (year >= 0)
        return QDate(fullYear(year, yearDigits), month, day);
    // No year: the next such day, today included (29 February: in the next leap year).
    for (int y = today.year(); y <= today.year() + 8; ++y) {
        const QDate candidate(y, month, day);
        if (candidate.isValid() && candidate >= today)
            return candidate;
    }
    return {};
}

void DateField::keepLength(DateField *first, DateField *last)
{
    connect(first, &DateField::dateChanged, last, [last, before = first->date()](const QDate &from) mutable {
        const qint64 length = before.daysTo(last->date());
        before = from;
        if (length >= 0)
            last->setDate(from.addDays(length));
    });
}

void DateField::setDate(const QDate &date)
{
    if (!date.isValid())
        return;
    const bool changed = date != m_date;
    m_date = date;
    showDate();
    if (changed)
        Q_EMIT dateChanged(m_date);
}

bool DateField::textIsDate() const
{
    return parse(text(), m_today).isValid();
}

void DateField::onTextEdited(const QString &text)
{
    const QDate typed = parse(text, m_today);
    // "1.1" is a date, and so may be the first keys of "1.12.2026": it counts at once (the fields
    // that follow it move along) and again with every key. Half a date is not marked while typing;
    // what is still no date when the field is left is.
    if (typed.isValid())
        markText(true);
    if (typed.isValid() && typed != m_date) {
        m_date = typed;
        Q_EMIT dateChanged(m_date);
    }
}

void DateField::onEditingFinished()
{
    // A date is shown the one way; an emptied field shows its date again; anything else stays as
    // typed, marked, for the form to refuse (never silently replaced by the last date).
    if (textIsDate() || text().trimmed().isEmpty())
        showDate();
    else
        markText(false);
}

void DateField::showDate()
{
    if (!m_date.isValid())
        return;
    const QString shown = m_date.toString(kFormat);
    if (text() != shown)
        setText(shown);
    markText(true);
}

void DateField::markText(bool isDate)
{
    if (property("notADate").toBool() == !isDate)
        return;
    setProperty("notADate", !isDate);
    QPalette p = palette();
    if (isDate) {
        p = QPalette();
    } else {
        const QColor base = QPalette().color(QPalette::Base);
        p.setColor(QPalette::Base, QColor::fromRgbF(base.redF() * 0.7 + 0.3, base.greenF() * 0.7, base.blueF() * 0.7));
    }
    setPalette(p);
    retranslate();
}

void DateField::keyPressEvent(QKeyEvent *event)
{
    const auto step = [this](int days, int months) {
        QDate next = m_date.addDays(days).addMonths(months);
        setDate(next);
        selectAll();
    };
    if (event->modifiers() & Qt::AltModifier && event->key() == Qt::Key_Down) {
        openCalendar();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Up: step(1, 0); return;
    case Qt::Key_Down: step(-1, 0); return;
    case Qt::Key_PageUp: step(0, 1); return;
    case Qt::Key_PageDown: step(0, -1); return;
    default: break;
    }
    QLineEdit::keyPressEvent(event);
}

void DateField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLineEdit::changeEvent(event);
}

void DateField::openCalendar()
{
    if (m_calendar)
        return;
    auto *calendar = new QCalendarWidget(this);
    m_calendar = calendar;
    calendar->setWindowFlags(Qt::Popup);
    calendar->setAttribute(Qt::WA_DeleteOnClose);
    calendar->setObjectName(objectName() + QStringLiteral("Calendar"));
    calendar->setSelectedDate(m_date);
    calendar->setFirstDayOfWeek(Qt::Monday);
    connect(calendar, &QCalendarWidget::activated, this, [this, calendar](const QDate &date) {
        setDate(date);
        calendar->close();
        setFocus();
    });
    connect(calendar, &QCalendarWidget::clicked, this, [this, calendar](const QDate &date) {
        setDate(date);
        calendar->close();
        setFocus();
    });
    calendar->move(mapToGlobal(QPoint(0, height())));
    calendar->show();
    calendar->setFocus();
}

void DateField::retranslate()
{
    m_calendarAction->setText(tr("Choose in a calendar"));
    m_calendarAction->setToolTip(tr("Choose in a calendar (Alt+Down)"));
    const QString help = tr("Type a date such as 14.12.2026, 14.12 or 14/12; Up and Down move a day, Page Up "
                            "and Page Down a month.");
    setToolTip(property("notADate").toBool() ? tr("Not a date. %1").arg(help) : help);
    setAccessibleDescription(toolTip());
    setPlaceholderText(tr("dd.mm.yyyy"));
}

} // namespace hn::ui
