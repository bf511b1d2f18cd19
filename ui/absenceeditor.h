#pragma once

#include "domain.h"
#include "validation.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace hn::ui {

class DateField;

// "Legg til fravær": from and to (both inclusive), the services affected and, for each, served by a
// substitute or closed for the period with the text citizens see, in bokmål, nynorsk and English
// (each pre-filled from the rule of seed 002, editable; a translation left empty shows the bokmål text). Errors appear
// at their fields and nothing is saved until the absence is valid. Creating for "all GPs" registers the vacation of the
// whole office.
class AbsenceEditor : public QDialog
{
    Q_OBJECT
public:
    struct Gp
    {
        QString roleId;
        QString name;
    };

    AbsenceEditor(const QList<Gp> &gps, const QStringList &serviceTypes, const QList<models::Absence> &existing,
        const QDate &today, QWidget *parent = nullptr);

    // Edit an existing absence instead of creating one.
    void setAbsence(const models::Absence &absence);
    // Preselect a GP for a new absence ("" = all GPs).
    void setGp(const QString &roleId);

    // The absences to save (one per GP for an office vacation). Valid only after accept().
    QList<models::Absence> result() const { return m_result; }
    // Validates and, when valid, accepts. Returns whether it was valid.
    bool trySave();
    QString errorText(const QString &field) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct ServiceRow
    {
        QCheckBox *check;
        QComboBox *mode;
        QPlainTextEdit *text;
        QLabel *error;
        QHash<QString, QString> texts; // language (nb, nn, en) -> text; the shown one is in `text`
        QHash<QString, QString> autoTexts; // the last pre-filled text per language, to tell user edits apart
        QSet<QString> keepEmpty; // emptied on purpose: not pre-filled again (an empty translation shows bokmål)
    };
    // The text of `row` in `language`, what is typed in the box included.
    QString textOf(const ServiceRow &row, const QString &language) const;
    void showLanguage();
    models::Absence current(const QString &roleId) const;
    void refreshDefaults();
    void updateRow(const QString &code);
    void showErrors(const models::ValidationResult &result);
    void retranslate();

    QList<Gp> m_gps;
    QStringList m_serviceTypes;
    QList<models::Absence> m_existing;
    QDate m_today;
    QString m_editingId;
    models::Absence m_editing;
    QList<models::Absence> m_result;

    QLabel *m_intro;
    QLabel *m_gpLabel;
    QComboBox *m_gp;
    QLabel *m_fromLabel;
    DateField *m_from;
    QLabel *m_fromError;
    QLabel *m_toLabel;
    DateField *m_to;
    QList<QPushButton *> m_presets; // 1 week, 2 weeks, the rest of the month
    QLabel *m_toError;
    QLabel *m_languageLabel;
    QComboBox *m_language; // which language's texts the boxes show
    QString m_shownLanguage = QStringLiteral("nb");
    QLabel *m_servicesLabel;
    QLabel *m_servicesHint;
    QLabel *m_servicesError;
    QHash<QString, ServiceRow> m_rows;
    QPushButton *m_save;
    QPushButton *m_cancel;
};

} // namespace hn::ui
