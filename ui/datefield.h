#pragma once

#include <QDate>
#include <QLineEdit>
#include <QPointer>

class QCalendarWidget;

namespace hn::ui {

// A date typed as people write it: "14.12.2026", "14.12.26", "14.12" (the next such day from
// today), "14/12", "14122026", "2026-12-14", "i dag", "i morgen". The date counts as soon as the text
// reads as one (dateChanged() while typing), and is shown as dd.MM.yyyy once the field is left;
// text that is still no date then is marked, said in the tooltip, and kept as typed (textIsDate()
// is false, and the forms refuse it) while date() keeps the last date. Up and
// Down move a day, Page Up and Page Down a month, Alt+Down (or the calendar button) opens a
// calendar.
class DateField : public QLineEdit
{
    Q_OBJECT
public:
    explicit DateField(const QDate &date, QWidget *parent = nullptr);

    QDate date() const { return m_date; }
    void setDate(const QDate &date);
    // "Today" for the forms without a year (tests set it).
    void setToday(const QDate &today) { m_today = today; }
    // Whether the text reads as a date (else the last date stays).
    bool textIsDate() const;

    // The date `text` names, or an invalid date; a day and month without a year are the next such
    // day on or after `today`.
    static QDate parse(const QString &text, const QDate &today);

    // A period's last day keeps the period's length when its first day moves (typed, stepped,
    // chosen in the calendar or set), unless it was before the first day.
    static void keepLength(DateField *first, DateField *last);

Q_SIGNALS:
    void dateChanged(const QDate &date);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onTextEdited(const QString &text);
    void onEditingFinished();
    void showDate();
    void markText(bool isDate);
    void openCalendar();
    void retranslate();
    QDate m_date;
    QDate m_today;
    QAction *m_calendarAction = nullptr;
    QPointer<QCalendarWidget> m_calendar;
};

} // namespace hn::ui
