#include "officepage.h"

#include "datefield.h"
#include "undobar.h"

#include "absenceeditor.h"
#include "common/logging.h"
#include "itemmodels.h"
#include "previewpane.h"
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
#include <QUuid>
#include <QVBoxLayout>

namespace hn::ui {

using namespace hn::models;

namespace {

// A new info message runs from today for this many days unless the user sets its period.
constexpr int kNewInfoDays = 30;

// Filters absences by GP and status.
class AbsenceFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QString roleId;
    int status = -1;
    void update() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (!roleId.isEmpty() && index.data(RawRole).value<Absence>().practitionerRoleId != roleId)
            return false;
        return status < 0 || index.data(StatusRole).toInt() == status;
    }
};

QLabel *errorLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

} // namespace

OfficePage::OfficePage(repo::Office *office, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_repo(office)
    , m_undo(undo)
    , m_officeId(office->id())
    , m_today(QDate::currentDate())
    , m_services(new GpServicesModel(this))
    , m_absences(new AbsenceListModel(this))
    , m_info(new InfoMessageListModel(this))
{
    setObjectName(QStringLiteral("OfficePage"));
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_subtitle = new QLabel(this);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("officeTabs"));

    // --- services
    auto *servicesTab = new QWidget(m_tabs);
    m_matrixHint = new QLabel(servicesTab);
    m_matrixHint->setWordWrap(true);
    m_matrix = new QTableView(servicesTab);
    m_matrix->setObjectName(QStringLiteral("serviceMatrix"));
    m_matrix->setModel(m_services);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matrix->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_services, &GpServicesModel::toggleRequested, this, &OfficePage::toggle);
    m_turnOn = new QPushButton(servicesTab);
    m_turnOn->setObjectName(QStringLiteral("turnOnSelected"));
    m_turnOff = new QPushButton(servicesTab);
    m_turnOff->setObjectName(QStringLiteral("turnOffSelected"));
    connect(m_turnOn, &QPushButton::clicked, this, [this] { bulkSet(true); });
    connect(m_turnOff, &QPushButton::clicked, this, [this] { bulkSet(false); });
    auto *bulk = new QHBoxLayout;
    bulk->addWidget(m_turnOn);
    bulk->addWidget(m_turnOff);
    bulk->addStretch(1);

    m_phoneLabel = new QLabel(servicesTab);
    m_phone = new QLineEdit(servicesTab);
    m_phone->setObjectName(QStringLiteral("officePhone"));
    m_phoneLabel->setBuddy(m_phone);
    m_savePhone = new QPushButton(servicesTab);
    m_savePhone->setObjectName(QStringLiteral("savePhone"));
    m_phoneError = errorLabel(servicesTab, QStringLiteral("phoneError"));
    connect(m_savePhone, &QPushButton::clicked, this, &OfficePage::savePhone);
    connect(m_phone, &QLineEdit::returnPressed, this, &OfficePage::savePhone);
    connect(m_phone, &QLineEdit::textEdited, this, [this] {
        if (!m_phoneTypedOn)
            m_phoneTypedOn = m_repo->office(); // the office as it was when typing began
    });
    auto *phoneRow = new QHBoxLayout;
    phoneRow->addWidget(m_phoneLabel);
    phoneRow->addWidget(m_phone, 1);
    phoneRow->addWidget(m_savePhone);

    m_textLabel = new QLabel(servicesTab);
    m_textService = new QComboBox(servicesTab);
    m_textService->setObjectName(QStringLiteral("textService"));
    m_textLabel->setBuddy(m_textService);
    m_serviceText = new QPlainTextEdit(servicesTab);
    m_serviceText->setObjectName(QStringLiteral("serviceText"));
    m_serviceText->setTabChangesFocus(true);
    m_serviceText->setMaximumHeight(90);
    m_saveText = new QPushButton(servicesTab);
    m_saveText->setObjectName(QStringLiteral("saveServiceText"));
    connect(m_textService, &QComboBox::currentIndexChanged, this, &OfficePage::showServiceText);
    connect(m_saveText, &QPushButton::clicked, this, &OfficePage::saveServiceText);
    auto *textRow = new QHBoxLayout;
    textRow->addWidget(m_textLabel);
    textRow->addWidget(m_textService, 1);
    textRow->addWidget(m_saveText);

    auto *servicesLayout = new QVBoxLayout(servicesTab);
    servicesLayout->addWidget(m_matrixHint);
    servicesLayout->addWidget(m_matrix, 1);
    m_pendingNote = new QLabel(servicesTab);
    m_pendingNote->setObjectName(QStringLiteral("pendingNote"));
    m_pendingNote->setWordWrap(true);
    m_pendingNote->hide();
    servicesLayout->addWidget(m_pendingNote);
    servicesLayout->addLayout(bulk);
    servicesLayout->addSpacing(8);
    servicesLayout->addLayout(phoneRow);
    servicesLayout->addWidget(m_phoneError);
    servicesLayout->addLayout(textRow);
    servicesLayout->addWidget(m_serviceText);

    // --- absences
    auto *absencesTab = new QWidget(m_tabs);
    m_absenceGpLabel = new QLabel(absencesTab);
    m_absenceGp = new QComboBox(absencesTab);
    m_absenceGp->setObjectName(QStringLiteral("absenceGpFilter"));
    m_absenceGpLabel->setBuddy(m_absenceGp);
    m_absenceStatusLabel = new QLabel(absencesTab);
    m_absenceStatus = new QComboBox(absencesTab);
    m_absenceStatus->setObjectName(QStringLiteral("absenceStatusFilter"));
    m_absenceStatusLabel->setBuddy(m_absenceStatus);
    for (int i = 0; i < 4; ++i)
        m_absenceStatus->addItem(QString(), i - 1);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_absenceGpLabel);
    filters->addWidget(m_absenceGp, 1);
    filters->addWidget(m_absenceStatusLabel);
    filters->addWidget(m_absenceStatus);
    m_absenceFilter = new AbsenceFilter(this);
    m_absenceFilter->setSourceModel(m_absences);
    m_absenceFilter->setSortRole(SortRole);
    m_absenceView = new QTableView(absencesTab);
    m_absenceView->setObjectName(QStringLiteral("absenceList"));
    m_absenceView->setModel(m_absenceFilter);
    m_absenceView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_absenceView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_absenceView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_absenceView->setSortingEnabled(true);
    m_absenceView->sortByColumn(AbsenceListModel::FromColumn, Qt::AscendingOrder);
    m_absenceView->horizontalHeader()->setSectionResizeMode(AbsenceListModel::ServicesColumn, QHeaderView::Stretch);
    m_absenceView->verticalHeader()->hide();
    connect(m_absenceView, &QTableView::activated, this, &OfficePage::editSelectedAbsence);
    connect(m_absenceGp, &QComboBox::currentIndexChanged, this, &OfficePage::updateAbsenceFilter);
    connect(m_absenceStatus, &QComboBox::currentIndexChanged, this, &OfficePage::updateAbsenceFilter);
    m_addAbsence = new QPushButton(absencesTab);
    m_addAbsence->setObjectName(QStringLiteral("addAbsence"));
    m_vacation = new QPushButton(absencesTab);
    m_vacation->setObjectName(QStringLiteral("officeVacation"));
    m_editAbsence = new QPushButton(absencesTab);
    m_deleteAbsence = new QPushButton(absencesTab);
    m_deleteAbsence->setObjectName(QStringLiteral("deleteAbsence"));
    connect(m_addAbsence, &QPushButton::clicked, this, [this] { openAbsenceEditor(false); });
    connect(m_vacation, &QPushButton::clicked, this, [this] { openAbsenceEditor(true); });
    connect(m_editAbsence, &QPushButton::clicked, this, &OfficePage::editSelectedAbsence);
    connect(m_deleteAbsence, &QPushButton::clicked, this, &OfficePage::deleteSelectedAbsence);
    auto *absenceButtons = new QHBoxLayout;
    absenceButtons->addWidget(m_addAbsence);
    absenceButtons->addWidget(m_vacation);
    absenceButtons->addStretch(1);
    absenceButtons->addWidget(m_editAbsence);
    absenceButtons->addWidget(m_deleteAbsence);
    auto *absencesLayout = new QVBoxLayout(absencesTab);
    absencesLayout->addLayout(filters);
    absencesLayout->addWidget(m_absenceView, 1);
    absencesLayout->addLayout(absenceButtons);

    // --- info messages
    auto *infoTab = new QWidget(m_tabs);
    m_infoView = new QTableView(infoTab);
    m_infoView->setObjectName(QStringLiteral("infoList"));
    m_infoView->setModel(m_info);
    m_infoView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_infoView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_infoView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_infoView->horizontalHeader()->setSectionResizeMode(InfoMessageListModel::TextColumn, QHeaderView::Stretch);
    m_infoView->verticalHeader()->hide();
    connect(m_infoView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OfficePage::showSelectedInfo);
    m_infoTextLabel = new QLabel(infoTab);
    m_infoText = new QPlainTextEdit(infoTab);
    m_infoText->setObjectName(QStringLiteral("infoText"));
    m_infoText->setTabChangesFocus(true);
    m_infoTextLabel->setBuddy(m_infoText);
    m_infoCount = new QLabel(infoTab);
    m_infoCount->setAlignment(Qt::AlignRight);
    connect(m_infoText, &QPlainTextEdit::textChanged, this, [this] {
        m_infoCount->setText(
            tr("%1 of %2 characters").arg(m_infoText->toPlainText().trimmed().size()).arg(Validation::kMaxInfoText));
    });
    m_infoFromLabel = new QLabel(infoTab);
    m_infoFrom = new DateField(m_today, infoTab);
    m_infoFrom->setObjectName(QStringLiteral("infoFrom"));
    m_infoFrom->setToday(m_today);
    m_infoFromLabel->setBuddy(m_infoFrom);
    m_infoToLabel = new QLabel(infoTab);
    m_infoTo = new DateField(m_today.addDays(kNewInfoDays), infoTab);
    m_infoTo->setObjectName(QStringLiteral("infoTo"));
    m_infoTo->setToday(m_today);
    m_infoShownFrom = m_infoFrom->date();
    m_infoShownTo = m_infoTo->date();
    DateField::keepLength(m_infoFrom, m_infoTo);
    m_infoToLabel->setBuddy(m_infoTo);
    m_infoError = errorLabel(infoTab, QStringLiteral("infoError"));
    m_infoOverlap = new QLabel(infoTab);
    m_infoOverlap->setObjectName(QStringLiteral("infoOverlap"));
    m_infoOverlap->setWordWrap(true);
    m_infoOverlap->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    m_infoOverlap->hide();
    // Another message shown on the same days is said while the period is chosen.
    for (DateField *field : {m_infoFrom, m_infoTo})
        connect(field, &DateField::dateChanged, this, &OfficePage::updateInfoOverlap);
    connect(m_info, &QAbstractItemModel::dataChanged, this, &OfficePage::updateInfoOverlap);
    connect(m_info, &QAbstractItemModel::rowsRemoved, this, &OfficePage::updateInfoOverlap);
    connect(m_info, &QAbstractItemModel::modelReset, this, &OfficePage::updateInfoOverlap);
    m_infoWhere = new QLabel(infoTab);
    m_infoWhere->setObjectName(QStringLiteral("infoWhere"));
    m_infoWhere->setWordWrap(true);
    m_infoWhere->setTextFormat(Qt::RichText);
    m_infoSketch = new QLabel(infoTab);
    m_infoSketch->setObjectName(QStringLiteral("infoSketch"));
    m_infoSketch->setWordWrap(true);
    m_infoSketch->setTextFormat(Qt::RichText);
    m_infoSketch->setFrameShape(QFrame::StyledPanel);
    m_infoSketch->setAutoFillBackground(true);
    connect(m_infoText, &QPlainTextEdit::textChanged, this, &OfficePage::updateInfoSketch);
    m_infoNew = new QPushButton(infoTab);
    m_infoNew->setObjectName(QStringLiteral("newInfo"));
    m_infoSave = new QPushButton(infoTab);
    m_infoSave->setObjectName(QStringLiteral("saveInfo"));
    m_infoDelete = new QPushButton(infoTab);
    m_infoDelete->setObjectName(QStringLiteral("deleteInfo"));
    connect(m_infoNew, &QPushButton::clicked, this, &OfficePage::newInfoMessage);
    connect(m_infoSave, &QPushButton::clicked, this, &OfficePage::saveInfoMessage);
    connect(m_infoDelete, &QPushButton::clicked, this, &OfficePage::deleteSelectedInfo);
    auto *infoEditor = new QWidget(infoTab);
    auto *infoForm = new QVBoxLayout(infoEditor);
    infoForm->setContentsMargins(0, 0, 0, 0);
    infoForm->addWidget(m_infoTextLabel);
    infoForm->addWidget(m_infoText, 1);
    infoForm->addWidget(m_infoCount);
    auto *dates = new QFormLayout;
    dates->addRow(m_infoFromLabel, m_infoFrom);
    dates->addRow(m_infoToLabel, m_infoTo);
    infoForm->addLayout(dates);
    infoForm->addWidget(m_infoError);
    infoForm->addWidget(m_infoOverlap);
    infoForm->addWidget(m_infoWhere);
    infoForm->addWidget(m_infoSketch);
    auto *infoButtons = new QHBoxLayout;
    infoButtons->addWidget(m_infoNew);
    infoButtons->addStretch(1);
    infoButtons->addWidget(m_infoDelete);
    infoButtons->addWidget(m_infoSave);
    infoForm->addLayout(infoButtons);
    auto *infoSplit = new QSplitter(Qt::Horizontal, infoTab);
    infoSplit->addWidget(m_infoView);
    infoSplit->addWidget(infoEditor);
    infoSplit->setStretchFactor(1, 1);
    infoSplit->setSizes({420, 580});
    auto *infoLayout = new QVBoxLayout(infoTab);
    infoLayout->addWidget(infoSplit);

    // --- preview
    auto *previewTab = new QWidget(m_tabs);
    m_previewGpLabel = new QLabel(previewTab);
    m_previewGp = new QComboBox(previewTab);
    m_previewGp->setObjectName(QStringLiteral("previewGp"));
    m_previewGpLabel->setBuddy(m_previewGp);
    m_preview = new PreviewPane(previewTab);
    auto *gpRow = new QHBoxLayout;
    gpRow->addWidget(m_previewGpLabel);
    gpRow->addWidget(m_previewGp, 1);
    auto *previewLayout = new QVBoxLayout(previewTab);
    previewLayout->addLayout(gpRow);
    previewLayout->addWidget(m_preview, 1);
    m_preview->setProvider([this](const QDate &date, const QString &language) {
        return previewInput(m_previewGp->currentData().toString(), date, language);
    });
    m_preview->setNextAbsenceProvider([this](const QDate &from) -> std::optional<QDate> {
        std::optional<QDate> best;
        const QString role = m_previewGp->currentData().toString();
        for (const Absence &a : m_absences->items()) {
            if (a.practitionerRoleId == role && a.to >= from && (!best || a.from < *best))
                best = qMax(a.from, from);
        }
        return best;
    });
    connect(m_previewGp, &QComboBox::currentIndexChanged, m_preview, &PreviewPane::refresh);

    m_tabs->addTab(servicesTab, QString());
    m_tabs->addTab(absencesTab, QString());
    m_tabs->addTab(infoTab, QString());
    m_tabs->addTab(previewTab, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    m_actingAsNhn = new QLabel(this);
    m_actingAsNhn->setObjectName(QStringLiteral("actingAsNhn"));
    m_actingAsNhn->setWordWrap(true);
    m_actingAsNhn->setStyleSheet(QStringLiteral("background: #e3f1f6; color: #0b3a4a; padding: 6px;"));
    m_actingAsNhn->hide();
    layout->addWidget(m_actingAsNhn);
    layout->addWidget(m_tabs, 1);
    m_undoBar = new UndoBar(m_undo, this);
    layout->addWidget(m_undoBar);

    // Each GP's heading in the matrix names their next absence.
    const auto absencesChanged = [this] { m_services->setAbsences(m_absences->items(), m_today); };
    connect(m_absences, &QAbstractItemModel::modelReset, this, absencesChanged);
    connect(m_absences, &QAbstractItemModel::rowsInserted, this, absencesChanged);
    connect(m_absences, &QAbstractItemModel::rowsRemoved, this, absencesChanged);
    connect(m_absences, &QAbstractItemModel::dataChanged, this, absencesChanged);
    connectOffice();
    load();
    restoreDrafts();
    retranslate();
}

void OfficePage::keepDraftsForNextStart()
{
    repo::OfficeDrafts drafts;
    if (m_phone->isModified() && m_phone->text() != m_repo->office().phone)
        drafts.phone = std::pair(m_phone->text(), m_phoneTypedOn.value_or(m_repo->office()));
    drafts.serviceTexts = m_serviceTextDrafts;
    if (m_serviceText->document()->isModified() && !m_serviceTextShown.id.isEmpty())
        drafts.serviceTexts.insert(m_serviceTextShown.id, {m_serviceText->toPlainText(), m_serviceTextShown});
    drafts.infoMessages = m_infoDrafts;
    if (infoModified())
        drafts.infoMessages.insert(
            m_infoEditingId, {m_infoText->toPlainText(), m_infoFrom->date(), m_infoTo->date(), m_infoEditingBase});
    m_repo->keepDrafts(drafts);
}

void OfficePage::restoreDrafts()
{
    const repo::OfficeDrafts drafts = m_repo->takeDrafts();
    if (drafts.isEmpty())
        return;
    // The page holds them from here (the question before closing names them again).
    if (drafts.phone) {
        m_phone->setText(drafts.phone->first);
        m_phone->setModified(true);
        m_phoneTypedOn = drafts.phone->second;
    }
    m_serviceTextDrafts = drafts.serviceTexts;
    for (auto it = drafts.infoMessages.cbegin(); it != drafts.infoMessages.cend(); ++it) {
        if (!it.key().isEmpty() && m_info->rowOf(it.key()) < 0)
            continue; // deleted since
        m_infoDrafts.insert(it.key(), it.value());
    }
    m_serviceTextShown = HealthcareService(); // the editor shows the draft of its service, if there is one
    showServiceText();
    if (m_infoEditingId.isEmpty())
        showInfoDraft(QString());
    qCInfo(lcUi) << "unsaved input kept at the last close is shown again";
}

void OfficePage::setToday(const QDate &today)
{
    m_today = today;
    m_absences->setToday(today);
    m_services->setAbsences(m_absences->items(), today);
    m_preview->setToday(today);
    m_info->setToday(today);
    m_infoFrom->setToday(today);
    m_infoTo->setToday(today);
    // A new info message not typed in yet runs from the new day.
    if (m_infoEditingId.isEmpty() && !infoModified())
        showNewInfoPeriod();
}

QString OfficePage::gpName(const QString &roleId) const
{
    const auto gp = m_repo->practitionerOf(roleId);
    return gp ? gp->displayName() : tr("Unknown GP");
}

void OfficePage::updateAbsenceFilter()
{
    auto *filter = static_cast<AbsenceFilter *>(m_absenceFilter);
    filter->roleId = m_absenceGp->currentData().toString();
    filter->status = m_absenceStatus->currentData().toInt();
    filter->update();
}

void OfficePage::showNewInfoPeriod()
{
    m_infoFrom->setDate(m_today);
    m_infoTo->setDate(m_today.addDays(kNewInfoDays));
    setInfoUnmodified();
}

void OfficePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OfficePage::setActingAsNhn(bool acting)
{
    m_actingAsNhn->setVisible(acting);
}

void OfficePage::retranslate()
{
    const Actor &office = m_repo->office();
    m_title->setText(office.name);
    m_subtitle->setText(
        office.orgNumber.isEmpty() ? tr("GP office") : tr("GP office · organisation number %1").arg(office.orgNumber));
    m_actingAsNhn->setText(tr("You are acting as NHN for %1: what you change here changes the office's offer to "
                              "citizens, and is recorded in your name.")
                               .arg(office.name));
    m_pendingNote->setText(
        tr("Cells marked \"not yet saved\" (yellow) are on their way to Helsenorge; they are sent within "
           "seconds."));
    m_tabs->setTabText(ServicesTab, tr("&Services"));
    m_tabs->setTabText(AbsencesTab, tr("A&bsences"));
    m_tabs->setTabText(InfoTab, tr("&Info messages"));
    m_tabs->setTabText(PreviewTab, tr("Citizen &preview"));
    m_matrixHint->setText(tr("Tick the services each GP offers. Space toggles the selected cell; select several cells "
                             "(or a whole column by its heading) to turn them on or off at once."));
    m_matrix->setAccessibleName(tr("Services per GP"));
    m_turnOn->setText(tr("Turn o&n selected"));
    m_turnOff->setText(tr("Turn o&ff selected"));
    m_phoneLabel->setText(tr("Office p&hone shown to citizens:"));
    m_savePhone->setText(tr("Save phone"));
    m_textLabel->setText(tr("The office's own te&xt about:"));
    m_serviceText->setPlaceholderText(tr("For example: Sick notes require a physical appointment."));
    m_saveText->setText(tr("Save text"));
    m_absenceGpLabel->setText(tr("&GP:"));
    if (m_absenceGp->count() > 0)
        m_absenceGp->setItemText(0, tr("All GPs"));
    m_absenceStatusLabel->setText(tr("S&how:"));
    m_absenceStatus->setItemText(0, tr("All"));
    m_absenceStatus->setItemText(1, tr("Upcoming"));
    m_absenceStatus->setItemText(2, tr("Active now"));
    m_absenceStatus->setItemText(3, tr("Past"));
    m_addAbsence->setText(tr("&Add absence…"));
    m_vacation->setText(tr("&Vacation for the whole office…"));
    m_editAbsence->setText(tr("&Change…"));
    m_deleteAbsence->setText(tr("&Delete"));
    m_infoTextLabel->setText(tr("&Text under \"Informasjon fra legekontoret\":"));
    m_infoFromLabel->setText(tr("Shown &from:"));
    m_infoToLabel->setText(tr("Shown &to:"));
    m_infoWhere->setText(tr("<b>Where the text lands:</b> on each GP's page on Helsenorge, under the heading "
                            "<i>Informasjon fra legekontoret</i>, above <i>Hva trenger du?</i> and the services. "
                            "See it in the citizen preview."));
    m_infoNew->setText(tr("&New message"));
    m_infoSave->setText(tr("Save &message"));
    m_infoDelete->setText(tr("Delete message"));
    m_previewGpLabel->setText(tr("G&P:"));
    m_infoCount->setText(
        tr("%1 of %2 characters").arg(m_infoText->toPlainText().trimmed().size()).arg(Validation::kMaxInfoText));
    updateInfoSketch();
}

} // namespace hn::ui
