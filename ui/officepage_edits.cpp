#include "officepage.h"

#include "datefield.h"
#include "undobar.h"

#include "absenceeditor.h"
#include "common/logging.h"
#include "itemmodels.h"
#include "previewpane.h"
#include "repo/editcommand.h"
#include "validation.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

// The office page's edits: services, phone and texts, absences and info messages.
namespace hn::ui {

using namespace hn::models;

void OfficePage::toggle(const QString &roleId, const QString &serviceId, bool on)
{
    const QString service
        = ServiceType::displayName(m_repo->service(serviceId).value_or(HealthcareService()).serviceType);
    if (auto *command = prepared(m_repo->setServicesOffered(roleId, {serviceId}, on,
            on ? tr("turn on %1 for %2").arg(service, gpName(roleId))
               : tr("turn off %1 for %2").arg(service, gpName(roleId)))))
        m_undo->push(command);
}

void OfficePage::bulkSet(bool on)
{
    // One command per GP, grouped in one macro so that a bulk change undoes in one step.
    QHash<QString, QStringList> perRole;
    for (const QModelIndex &index : m_matrix->selectionModel()->selectedIndexes()) {
        if (!(m_services->flags(index) & Qt::ItemIsEnabled))
            continue;
        perRole[m_services->roleAt(index.row()).id].append(m_services->serviceAt(index.column()).id);
    }
    if (perRole.isEmpty())
        return;
    m_undo->beginMacro(on ? tr("turn on services for %n GP(s)", nullptr, int(perRole.size()))
                          : tr("turn off services for %n GP(s)", nullptr, int(perRole.size())));
    for (auto it = perRole.cbegin(); it != perRole.cend(); ++it) {
        if (auto *command = prepared(m_repo->setServicesOffered(
                it.key(), it.value(), on, tr("change the services of %1").arg(gpName(it.key())))))
            m_undo->push(command);
    }
    m_undo->endMacro();
}

repo::EditCommand *OfficePage::prepared(repo::EditCommand *command)
{
    if (!command)
        return nullptr;
    command->setOnFailure([self = QPointer<OfficePage>(this)](const QString &reason) {
        if (self)
            self->reportNotSaved(reason);
    });
    return command;
}

bool OfficePage::record(repo::EditCommand *command)
{
    if (!prepared(command))
        return false;
    m_refused = false;
    m_undo->push(command); // redo() reports a refusal through reportNotSaved(); the command may be gone
    return !m_refused;
}

void OfficePage::reportNotSaved(const QString &reason)
{
    m_refused = true;
    // Shown once the push (or the whole group of a bulk change) has returned.
    if (m_notSaved.isEmpty())
        QMetaObject::invokeMethod(this, &OfficePage::showNotSaved, Qt::QueuedConnection);
    if (!m_notSaved.contains(reason))
        m_notSaved.append(reason);
}

void OfficePage::showNotSaved()
{
    if (m_notSaved.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Not saved"),
        tr("The change was not saved:\n%1").arg(m_notSaved.join(QLatin1Char('\n'))), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("notSaved"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_notSaved.clear();
    box->open();
}

QStringList OfficePage::unsavedInput() const
{
    QStringList out;
    if (m_phone->isModified() && m_phone->text() != m_repo->office().phone)
        out << tr("the office phone");
    QSet<QString> services(m_serviceTextDrafts.keyBegin(), m_serviceTextDrafts.keyEnd());
    if (m_serviceText->document()->isModified())
        services.insert(m_serviceTextShown.id);
    for (const QString &id : std::as_const(services))
        out << tr("the office's text about %1")
                   .arg(ServiceType::displayName(m_repo->service(id).value_or(HealthcareService()).serviceType));
    if (!m_infoDrafts.isEmpty() || infoModified())
        out << tr("an info message");
    return out;
}

void OfficePage::savePhone()
{
    const QString phone = m_phone->text();
    if (const auto error = Validation::phoneError(phone)) {
        m_phoneError->setText(*error);
        m_phoneError->show();
        m_phone->setFocus();
        return;
    }
    m_phoneError->hide();
    const QString normalised = Validation::normalisedPhone(phone);
    if (normalised == m_repo->office().phone) {
        m_phone->setModified(false);
        m_phoneTypedOn.reset();
        return;
    }
    if (record(m_repo->setPhone(normalised, m_phoneTypedOn.value_or(m_repo->office()),
            tr("change the office phone")))) { // a refusal keeps the typing
        m_phone->setModified(false);
        m_phoneTypedOn.reset();
    }
}

void OfficePage::showServiceText()
{
    const QString id = m_textService->currentData().toString();
    const QString shownId = m_serviceTextShown.id;
    if (m_serviceText->document()->isModified() && !shownId.isEmpty()) {
        if (shownId == id)
            return; // the same service, typed on: a sync does not overwrite it
        // Another service chosen: what was typed stays as a draft, shown again when it is chosen.
        m_serviceTextDrafts.insert(shownId, {m_serviceText->toPlainText(), m_serviceTextShown});
    }
    if (const auto draft = m_serviceTextDrafts.constFind(id); draft != m_serviceTextDrafts.cend()) {
        m_serviceText->setPlainText(draft->first);
        m_serviceText->document()->setModified(true);
        m_serviceTextShown = draft->second;
        return;
    }
    const HealthcareService service = m_repo->service(id).value_or(HealthcareService());
    m_serviceText->setPlainText(service.comment);
    m_serviceTextShown = service; // what the text shown was read from
}

void OfficePage::saveServiceText()
{
    const QString id = m_textService->currentData().toString();
    const auto service = m_repo->service(id);
    if (!service)
        return;
    const QString text = m_serviceText->toPlainText().trimmed();
    if (text.size() > Validation::kMaxInfoText) {
        QMessageBox::warning(this, tr("Text too long"),
            tr("The text can be at most %1 characters (now %2).").arg(Validation::kMaxInfoText).arg(text.size()));
        return;
    }
    if (text == service->comment) {
        m_serviceTextDrafts.remove(id);
        m_serviceText->document()->setModified(false);
        return;
    }
    HealthcareService saved;
    if (record(m_repo->setServiceText(id, text, m_serviceTextShown,
            tr("change the office's text about %1").arg(ServiceType::displayName(service->serviceType)), &saved))) {
        m_serviceTextDrafts.remove(id);
        m_serviceText->document()->setModified(false);
        m_serviceTextShown = saved;
    }
}

AbsenceEditor *OfficePage::openAbsenceEditor(bool wholeOffice, const QString &editId)
{
    QList<AbsenceEditor::Gp> gps;
    for (int row = 0; row < m_services->rowCount(); ++row)
        gps.append({m_services->roleAt(row).id, m_services->gpName(row)});
    QStringList types;
    for (const HealthcareService &s : m_repo->services())
        types << s.serviceType;
    auto *editor = new AbsenceEditor(gps, types, m_absences->items(), m_today, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    const bool isNew = editId.isEmpty();
    if (!isNew) {
        const int row = m_absences->rowOf(editId);
        if (row >= 0)
            editor->setAbsence(m_absences->at(row));
    } else if (wholeOffice) {
        editor->setGp(QString());
    } else if (!m_absenceGp->currentData().toString().isEmpty()) {
        editor->setGp(m_absenceGp->currentData().toString());
    }
    connect(editor, &QDialog::accepted, this, [this, editor, isNew] { saveAbsences(editor->result(), isNew); });
    editor->open();
    return editor;
}

void OfficePage::saveAbsences(const QList<Absence> &absences, bool isNew)
{
    if (absences.size() > 1)
        m_undo->beginMacro(tr("register a vacation for the whole office"));
    for (const Absence &a : absences) {
        // a.source: the absence as the editor was opened on it.
        m_undo->push(prepared(m_repo->saveAbsence(a, isNew,
            isNew ? tr("add an absence for %1").arg(gpName(a.practitionerRoleId))
                  : tr("change an absence of %1").arg(gpName(a.practitionerRoleId)))));
    }
    if (absences.size() > 1)
        m_undo->endMacro();
}

void OfficePage::editSelectedAbsence()
{
    const QModelIndex index = m_absenceView->currentIndex();
    if (index.isValid())
        openAbsenceEditor(false, index.data(IdRole).toString());
}

void OfficePage::deleteSelectedAbsence()
{
    // The selected absence only: after a deletion none is, so a second click deletes nothing.
    const QModelIndexList rows = m_absenceView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const Absence a = rows.first().data(RawRole).value<Absence>();
    const QString gp = gpName(a.practitionerRoleId);
    const QString from = QLocale().toString(a.from, QLocale::ShortFormat);
    const QString to = QLocale().toString(a.to, QLocale::ShortFormat);
    if (a.to >= m_today
        && !askBeforeDeleting(this, tr("Delete absence"),
            a.from <= m_today
                ? tr("The absence of %1 from %2 to %3 is shown to citizens now. Delete it?").arg(gp, from, to)
                : tr("Citizens will see the absence of %1 from %2 to %3. Delete it?").arg(gp, from, to)))
        return;
    if (!record(m_repo->deleteAbsence(a.id, tr("delete an absence of %1").arg(gp))))
        return;
    m_absenceView->selectionModel()->clear();
    m_absenceView->setFocus();
    m_undoBar->offer(tr("Absence of %1 from %2 to %3 deleted").arg(gp, from, to));
}

void OfficePage::forgetInfo(const QString &id)
{
    m_infoDrafts.remove(id);
    if (!id.isEmpty() && id == m_infoEditingId) {
        m_infoEditingId.clear();
        m_infoEditingBase = InfoMessage();
    }
}

bool OfficePage::infoModified() const
{
    return m_infoText->document()->isModified() || m_infoFrom->date() != m_infoShownFrom
        || m_infoTo->date() != m_infoShownTo;
}

void OfficePage::setInfoUnmodified()
{
    m_infoText->document()->setModified(false);
    m_infoShownFrom = m_infoFrom->date();
    m_infoShownTo = m_infoTo->date();
}

void OfficePage::keepInfoDraft()
{
    if (infoModified())
        m_infoDrafts.insert(
            m_infoEditingId, {m_infoText->toPlainText(), m_infoFrom->date(), m_infoTo->date(), m_infoEditingBase});
}

bool OfficePage::showInfoDraft(const QString &id)
{
    const auto draft = m_infoDrafts.constFind(id);
    if (draft == m_infoDrafts.cend())
        return false;
    m_infoEditingBase = draft->typedOn;
    m_infoText->setPlainText(draft->text);
    m_infoText->document()->setModified(true);
    m_infoFrom->setDate(draft->from);
    m_infoTo->setDate(draft->to);
    return true;
}

void OfficePage::newInfoMessage()
{
    keepInfoDraft(); // what was typed in the message shown stays as a draft of it
    // No current row either: Delete acts on the message in the editor, and there is none yet.
    m_infoView->selectionModel()->clear(); // showSelectedInfo() ignores the invalid current row
    m_infoEditingId.clear();
    m_infoEditingBase = InfoMessage();
    m_infoError->hide();
    if (!showInfoDraft(QString())) {
        m_infoText->clear();
        showNewInfoPeriod();
    }
    updateInfoOverlap();
    m_infoText->setFocus();
}

void OfficePage::showSelectedInfo()
{
    const QModelIndex index = m_infoView->currentIndex();
    if (!index.isValid())
        return;
    const InfoMessage m = index.data(RawRole).value<InfoMessage>();
    if (m.id == m_infoEditingId && infoModified())
        return; // the message being typed in (its row moved or changed): what was typed stays
    keepInfoDraft();
    m_infoEditingId = m.id;
    m_infoError->hide();
    if (!showInfoDraft(m.id)) {
        m_infoEditingBase = m; // what the editor shows was read from
        m_infoText->setPlainText(m.text);
        m_infoFrom->setDate(m.validFrom);
        m_infoTo->setDate(m.validTo);
        setInfoUnmodified();
    }
    updateInfoOverlap();
}

void OfficePage::updateInfoOverlap()
{
    // The message in the editor as its period now stands, against the others still to be shown.
    InfoMessage m;
    m.id = m_infoEditingId;
    m.validFrom = m_infoFrom->date();
    m.validTo = m_infoTo->date();
    QStringList lines;
    if (m.validTo >= m_today) {
        for (const InfoMessage &other : m_info->overlapping(m)) {
            if (other.validTo >= m_today)
                lines << tr("Shown at the same time as \"%1\" (%2 to %3): citizens see both.")
                             .arg(other.excerpt(60), QLocale().toString(other.validFrom, QLocale::ShortFormat),
                                 QLocale().toString(other.validTo, QLocale::ShortFormat));
        }
    }
    m_infoOverlap->setText(lines.join(QLatin1Char('\n')));
    m_infoOverlap->setVisible(!lines.isEmpty());
}

void OfficePage::saveInfoMessage()
{
    InfoMessage m;
    bool isNew = true;
    if (!m_infoEditingId.isEmpty()) {
        const int row = m_info->rowOf(m_infoEditingId);
        if (row >= 0) {
            m = m_info->at(row);
            isNew = false;
        }
    }
    if (isNew)
        m.language = QStringLiteral("nb"); // the id and the office: the repository's
    m.text = m_infoText->toPlainText().trimmed();
    m.validFrom = m_infoFrom->date();
    m.validTo = m_infoTo->date();
    ValidationResult result = Validation::validateInfoMessage(m, m_today);
    for (const DateField *field : {m_infoFrom, m_infoTo}) {
        if (!field->textIsDate()) // not taken as the last date that was
            result.add(field == m_infoFrom ? Validation::kFrom : Validation::kTo,
                tr("This is not a date. Type it as 14.12.2026."));
    }
    if (!result.ok()) {
        QStringList messages;
        for (const FieldError &e : result.errors)
            messages << e.message;
        m_infoError->setText(messages.join(QLatin1Char('\n')));
        m_infoError->show();
        return;
    }
    m_infoError->hide();
    if (!record(m_repo->saveInfoMessage(
            &m, isNew, m_infoEditingBase, isNew ? tr("add an info message") : tr("change an info message"))))
        return; // refused and reported: what was typed stays
    m_infoDrafts.remove(m_infoEditingId);
    setInfoUnmodified();
    m_infoEditingId = m.id;
    m_infoEditingBase = m;
    updateInfoOverlap();
}

void OfficePage::deleteSelectedInfo()
{
    // The message in the editor (the one last chosen or saved), not whatever row was current before.
    const QString id = m_infoEditingId;
    const int row = id.isEmpty() ? -1 : m_info->rowOf(id);
    if (row < 0)
        return;
    const InfoMessage m = m_info->at(row);
    const QString from = QLocale().toString(m.validFrom, QLocale::ShortFormat);
    const QString to = QLocale().toString(m.validTo, QLocale::ShortFormat);
    if (m.validTo >= m_today
        && !askBeforeDeleting(this, tr("Delete info message"),
            m.validFrom <= m_today ? tr("This message is shown to citizens now (until %1). Delete it?").arg(to)
                                   : tr("Citizens will see this message from %1 to %2. Delete it?").arg(from, to)))
        return;
    if (!record(m_repo->deleteInfoMessage(id, tr("delete an info message"))))
        return;
    m_infoDrafts.remove(id); // deleted: nothing typed in it is wanted any more
    setInfoUnmodified();
    newInfoMessage();
    // Not in the empty text box: there Ctrl+Z would undo typing, not the deletion.
    m_infoView->setFocus();
    m_undoBar->offer(tr("Info message (%1 to %2) deleted").arg(from, to));
}

void OfficePage::updateInfoSketch()
{
    // A sketch of the citizen's page with the text where it will stand (the page's own headings are
    // content in Norwegian, as on Helsenorge).
    QString text = m_infoText->toPlainText().trimmed().toHtmlEscaped();
    text.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    if (text.size() > 300)
        text = text.left(300) + QChar(0x2026);
    m_infoSketch->setText(
        QStringLiteral("<div style='color:#5b6f72'>Fastlegetjenester &rsaquo; %1</div>"
                       "<div style='background:#fff8e1;border-left:4px solid #f2b705;padding:4px'>"
                       "<b>Informasjon fra legekontoret</b><br>%2</div>"
                       "<div style='color:#5b6f72'><b>Hva trenger du?</b> 113 &middot; %3 &middot; 116 117"
                       "<br>Bestille time &middot; Starte e-konsultasjon &middot; Forny resept</div>")
            .arg(m_repo->office().name.toHtmlEscaped(),
                text.isEmpty() ? QStringLiteral("&hellip;") : QStringLiteral("<b>") + text + QStringLiteral("</b>"),
                m_repo->office().phone.toHtmlEscaped()));
}

} // namespace hn::ui
