#pragma once

#include "domain.h"
#include "preview/citizenpage.h"
#include "repo/office.h"

#include <QDate>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace hn::repo {
class EditCommand;
}
namespace hn::models {
class AbsenceListModel;
class GpServicesModel;
class InfoMessageListModel;
} // namespace hn::models

namespace hn::ui {

class DateField;

class AbsenceEditor;
class UndoBar;
class PreviewPane;

// The page of one GP office: the services each GP offers (a matrix of toggles with bulk changes),
// the office phone and its own texts per service, absences, info messages and the citizen preview.
// It reads and edits through its repository (repo::Office); every change is a command on the undo
// stack.
class OfficePage : public QWidget
{
    Q_OBJECT
public:
    enum Tab { ServicesTab, AbsencesTab, InfoTab, PreviewTab };

    // `office`: the repository of the office shown (the page does not own it).
    OfficePage(repo::Office *office, QUndoStack *undo, QWidget *parent = nullptr);

    QString officeId() const { return m_officeId; }
    QString officeName() const { return m_repo->office().name; }
    void setToday(const QDate &today); // tests; defaults to the current date
    // A line saying that the user works on this office's page for NHN, not for the office.
    void setActingAsNhn(bool acting);
    QDate today() const { return m_today; }

    models::GpServicesModel *servicesModel() const { return m_services; }
    models::AbsenceListModel *absenceModel() const { return m_absences; }
    models::InfoMessageListModel *infoModel() const { return m_info; }
    QTabWidget *tabs() const { return m_tabs; }
    PreviewPane *previewPane() const { return m_preview; }
    QTableView *matrixView() const { return m_matrix; }

    // What the user typed on this page and has not saved (plain words, one item each), for the
    // question before the window closes. Typed text is never overwritten by a sync or lost by
    // choosing another service or message: it stays as a draft until saved.
    QStringList unsavedInput() const;
    // Writes what unsavedInput() names into the local data, from where the next page of this office
    // (after a restart) shows it again as unsaved input. For a close without a question.
    void keepDraftsForNextStart();
    // Opens the absence editor (non-modal) for a new absence, the whole office, or an existing one.
    AbsenceEditor *openAbsenceEditor(bool wholeOffice = false, const QString &editId = {});
    // The preview's input for one GP on a date, in a citizen's language.
    preview::PreviewInput previewInput(const QString &roleId, const QDate &date, const QString &language) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    // Every edit goes through the undo stack as a command from here: when the store refuses it,
    // the user is told (once for a group of edits) instead of the edit vanishing. nullptr: nothing.
    repo::EditCommand *prepared(repo::EditCommand *command);
    // Pushes the command on the undo stack; false when the store refused it (the user is told).
    bool record(repo::EditCommand *command);
    void reportNotSaved(const QString &reason);
    void showNotSaved();
    void restoreDrafts();
    // What the repository read and says changed, onto the page.
    void load();
    void connectOffice();
    void showInfoMessage(const models::InfoMessage &message);
    void toggle(const QString &roleId, const QString &serviceId, bool on);
    void bulkSet(bool on);
    void savePhone();
    void saveServiceText();
    void showServiceText();
    void saveAbsences(const QList<models::Absence> &absences, bool isNew);
    void deleteSelectedAbsence();
    void editSelectedAbsence();
    void newInfoMessage();
    void keepInfoDraft();
    // Whether the info editor holds a change not saved: its text, or its dates.
    bool infoModified() const;
    void setInfoUnmodified();
    void showNewInfoPeriod(); // a new message's period, today and 30 days on; unmodified
    void forgetInfo(const QString &id);
    bool showInfoDraft(const QString &id);
    void showSelectedInfo();
    void updateInfoOverlap();
    void saveInfoMessage();
    void deleteSelectedInfo();
    void updateAbsenceFilter();
    void updatePreviewGps();
    void updateInfoSketch();
    QString gpName(const QString &roleId) const;
    void retranslate();

    repo::Office *m_repo;
    QUndoStack *m_undo;
    UndoBar *m_undoBar = nullptr; // "… deleted · Undo"
    QString m_officeId;
    QDate m_today;
    QStringList m_notSaved; // reasons waiting to be shown
    bool m_refused = false; // the last record() was refused
    models::HealthcareService m_serviceTextShown; // the service whose text the editor shows, as read
    models::InfoMessage m_infoEditingBase; // the info message in the editor, as read
    std::optional<models::Actor> m_phoneTypedOn; // the office as it was when typing the phone began
    // Typed and not saved, per service id: the text and the service as it was read.
    QHash<QString, std::pair<QString, models::HealthcareService>> m_serviceTextDrafts;
    QHash<QString, repo::OfficeDrafts::InfoDraft> m_infoDrafts; // per message id ("" for a new one)
    QDate m_infoShownFrom, m_infoShownTo; // the dates the info editor was filled with

    models::GpServicesModel *m_services;
    models::AbsenceListModel *m_absences;
    models::InfoMessageListModel *m_info;
    QSortFilterProxyModel *m_absenceFilter;

    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_actingAsNhn;
    QLabel *m_pendingNote; // says what the yellow cells of the matrix mean, while there are any
    QTabWidget *m_tabs;
    // services tab
    QLabel *m_matrixHint;
    QTableView *m_matrix;
    QPushButton *m_turnOn;
    QPushButton *m_turnOff;
    QLabel *m_phoneLabel;
    QLineEdit *m_phone;
    QPushButton *m_savePhone;
    QLabel *m_phoneError;
    QLabel *m_textLabel;
    QComboBox *m_textService;
    QPlainTextEdit *m_serviceText;
    QPushButton *m_saveText;
    // absences tab
    QLabel *m_absenceGpLabel;
    QComboBox *m_absenceGp;
    QLabel *m_absenceStatusLabel;
    QComboBox *m_absenceStatus;
    QTableView *m_absenceView;
    QPushButton *m_addAbsence;
    QPushButton *m_vacation;
    QPushButton *m_editAbsence;
    QPushButton *m_deleteAbsence;
    // info tab
    QTableView *m_infoView;
    QLabel *m_infoTextLabel;
    QPlainTextEdit *m_infoText;
    QLabel *m_infoCount;
    QLabel *m_infoFromLabel;
    DateField *m_infoFrom;
    QLabel *m_infoToLabel;
    DateField *m_infoTo;
    QLabel *m_infoError;
    QLabel *m_infoOverlap; // another message shown on the same days
    QLabel *m_infoWhere;
    QLabel *m_infoSketch;
    QPushButton *m_infoNew;
    QPushButton *m_infoSave;
    QPushButton *m_infoDelete;
    QString m_infoEditingId;
    // preview tab
    QLabel *m_previewGpLabel;
    QComboBox *m_previewGp;
    PreviewPane *m_preview;
};

} // namespace hn::ui
