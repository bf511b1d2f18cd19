#include "officepage.h"

#include "datefield.h"
#include "undobar.h"

#include "absenceeditor.h"
#include "common/logging.h"
#include "editcommands.h"
#include "fhir/mapping.h"
#include "itemmodels.h"
#include "previewpane.h"
#include "store/store.h"
#include "validation.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
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

// The services whose offered state a GP's role changes locally and the server has not saved yet.
QSet<QString> pendingServices(const store::CachedResource &r)
{
    if (!r.pending)
        return {};
    const QStringList now = fhir::practitionerRoleFromFhir(r.json).value().healthcareServiceIds;
    const QStringList was = r.serverJson.isEmpty()
        ? QStringList()
        : fhir::practitionerRoleFromFhir(r.serverJson).value().healthcareServiceIds;
    const QSet<QString> a(now.cbegin(), now.cend());
    const QSet<QString> b(was.cbegin(), was.cend());
    return (a - b) | (b - a);
}

// A new info message runs from today for this many days unless the user sets its period.
constexpr int kNewInfoDays = 30;

// Where keepDraftsForNextStart() leaves an office's unsaved input (in the store's meta table).
QString draftsKey(const QString &officeId)
{
    return QStringLiteral("drafts/office/") + officeId;
}

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

OfficePage::OfficePage(
    store::Store *store, sync::SyncEngine *engine, QUndoStack *undo, const QString &officeId, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_engine(engine)
    , m_undo(undo)
    , m_officeId(officeId)
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
        if (m_phoneSource.isEmpty())
            m_phoneSource = m_office.source; // the office as it was when typing began
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
    connect(store, &store::Store::resourcesInserted, this, &OfficePage::onChanged);
    connect(store, &store::Store::resourcesUpdated, this, &OfficePage::onChanged);
    connect(store, &store::Store::resourcesRemoved, this, &OfficePage::onRemoved);
    load();
    restoreDrafts();
    retranslate();
}

void OfficePage::keepDraftsForNextStart()
{
    QJsonObject drafts;
    if (m_phone->isModified() && m_phone->text() != m_office.phone)
        drafts.insert(QStringLiteral("phone"),
            QJsonObject {{QStringLiteral("text"), m_phone->text()},
                {QStringLiteral("source"), m_phoneSource.isEmpty() ? m_office.source : m_phoneSource}});
    auto serviceTexts = m_serviceTextDrafts;
    if (m_serviceText->document()->isModified() && !m_serviceTextSource.isEmpty())
        serviceTexts.insert(m_serviceTextSource.value(QLatin1String("id")).toString(),
            {m_serviceText->toPlainText(), m_serviceTextSource});
    QJsonArray texts;
    for (auto it = serviceTexts.cbegin(); it != serviceTexts.cend(); ++it)
        texts.append(QJsonObject {{QStringLiteral("service"), it.key()}, {QStringLiteral("text"), it->first},
            {QStringLiteral("source"), it->second}});
    if (!texts.isEmpty())
        drafts.insert(QStringLiteral("serviceTexts"), texts);
    auto infos = m_infoDrafts;
    if (infoModified())
        infos.insert(
            m_infoEditingId, {m_infoText->toPlainText(), m_infoFrom->date(), m_infoTo->date(), m_infoEditingSource});
    QJsonArray messages;
    for (auto it = infos.cbegin(); it != infos.cend(); ++it)
        messages.append(QJsonObject {{QStringLiteral("id"), it.key()}, {QStringLiteral("text"), it->text},
            {QStringLiteral("from"), it->from.toString(Qt::ISODate)},
            {QStringLiteral("to"), it->to.toString(Qt::ISODate)}, {QStringLiteral("source"), it->source}});
    if (!messages.isEmpty())
        drafts.insert(QStringLiteral("infoMessages"), messages);
    if (drafts.isEmpty())
        return;
    if (!m_store->setMeta(
            draftsKey(m_officeId), QString::fromUtf8(QJsonDocument(drafts).toJson(QJsonDocument::Compact))))
        qCWarning(lcUi) << "the unsaved input of an office page could not be kept";
}

void OfficePage::restoreDrafts()
{
    const QString kept = m_store->meta(draftsKey(m_officeId));
    if (kept.isEmpty())
        return;
    const QJsonObject drafts = QJsonDocument::fromJson(kept.toUtf8()).object();
    // The page holds them from here (the question before closing names them again).
    m_store->setMeta(draftsKey(m_officeId), QString());
    const QJsonObject phone = drafts.value(QLatin1String("phone")).toObject();
    if (!phone.isEmpty()) {
        m_phone->setText(phone.value(QLatin1String("text")).toString());
        m_phone->setModified(true);
        m_phoneSource = phone.value(QLatin1String("source")).toObject();
    }
    for (const QJsonValue &v : drafts.value(QLatin1String("serviceTexts")).toArray()) {
        const QJsonObject d = v.toObject();
        const QString service = d.value(QLatin1String("service")).toString();
        if (m_serviceById.contains(service))
            m_serviceTextDrafts.insert(
                service, {d.value(QLatin1String("text")).toString(), d.value(QLatin1String("source")).toObject()});
    }
    for (const QJsonValue &v : drafts.value(QLatin1String("infoMessages")).toArray()) {
        const QJsonObject d = v.toObject();
        const QString id = d.value(QLatin1String("id")).toString();
        if (!id.isEmpty() && m_info->rowOf(id) < 0)
            continue; // deleted since
        m_infoDrafts.insert(id,
            {d.value(QLatin1String("text")).toString(),
                QDate::fromString(d.value(QLatin1String("from")).toString(), Qt::ISODate),
                QDate::fromString(d.value(QLatin1String("to")).toString(), Qt::ISODate),
                d.value(QLatin1String("source")).toObject()});
    }
    m_serviceTextSource = QJsonObject(); // the editor shows the draft of its service, if there is one
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
    const PractitionerRole role = m_roles.value(roleId);
    const auto it = m_practitioners.constFind(role.practitionerId);
    return it == m_practitioners.cend() ? tr("Unknown GP") : it->displayName();
}

QList<HealthcareService> OfficePage::officeServices() const
{
    QList<HealthcareService> out;
    for (const QString &code : ServiceType::gpServices()) {
        for (const HealthcareService &s : m_serviceById) {
            if (s.serviceType == code)
                out.append(s);
        }
    }
    return out;
}

void OfficePage::load()
{
    const QString target = QStringLiteral("Organization/") + m_officeId;
    if (const auto org = m_store->resource(QStringLiteral("Organization"), m_officeId)) {
        const auto actor = fhir::actorFromFhir(org->json);
        if (actor.ok())
            m_office = actor.value();
    }
    m_serviceById.clear();
    for (const store::CachedResource &r :
        m_store->referencing(QStringLiteral("HealthcareService"), QStringLiteral("providedBy"), target)) {
        const auto s = fhir::healthcareServiceFromFhir(r.json);
        if (s.ok() && ServiceType::isGpService(s.value().serviceType))
            m_serviceById.insert(s.value().id, s.value());
    }
    m_roles.clear();
    m_practitioners.clear();
    QList<Absence> absences;
    QHash<QString, QSet<QString>> pending;
    QList<InfoMessage> messages;
    for (const store::CachedResource &r :
        m_store->referencing(QStringLiteral("PractitionerRole"), QStringLiteral("organization"), target)) {
        const auto role = fhir::practitionerRoleFromFhir(r.json);
        if (!role.ok())
            continue;
        m_roles.insert(role.value().id, role.value());
        pending.insert(role.value().id, pendingServices(r));
        if (const auto p = m_store->resource(QStringLiteral("Practitioner"), role.value().practitionerId)) {
            const auto gp = fhir::practitionerFromFhir(p->json);
            if (gp.ok())
                m_practitioners.insert(gp.value().id, gp.value());
        }
        for (const store::CachedResource &b : m_store->referencing(QStringLiteral("Basic"), QStringLiteral("subject"),
                 QStringLiteral("PractitionerRole/") + role.value().id)) {
            if (fhir::basicCode(b.json) == QLatin1String("absence")) {
                const auto a = fhir::absenceFromFhir(b.json);
                if (a.ok())
                    absences.append(a.value());
            } else if (fhir::basicCode(b.json) == QLatin1String("info-message")) {
                const auto m = fhir::infoMessageFromFhir(b.json);
                if (m.ok())
                    messages.append(m.value());
            }
        }
    }
    for (const store::CachedResource &b :
        m_store->referencing(QStringLiteral("Basic"), QStringLiteral("subject"), target)) {
        const auto m = fhir::infoMessageFromFhir(b.json);
        if (m.ok())
            messages.append(m.value());
    }
    for (auto it = m_serviceTextDrafts.begin(); it != m_serviceTextDrafts.end();) {
        if (m_serviceById.contains(it.key()))
            ++it;
        else
            it = m_serviceTextDrafts.erase(it); // a service no longer offered here
    }
    m_services->setOffice(m_officeId, m_serviceById.values(), m_roles.values(), m_practitioners.values());
    for (auto it = pending.cbegin(); it != pending.cend(); ++it)
        m_services->setPendingServices(it.key(), it.value());
    m_pendingNote->setVisible(m_services->hasPending());
    QHash<QString, QString> names;
    for (const QString &roleId : m_roles.keys())
        names.insert(roleId, gpName(roleId));
    m_absences->setGpNames(names);
    m_absences->setToday(m_today);
    m_absences->setItems(absences);
    m_info->setItems(messages);
    if (!m_phone->isModified()) // what the user typed and has not saved stays
        m_phone->setText(m_office.phone);
    updatePreviewGps();
}

bool OfficePage::belongsHere(const QJsonObject &r) const
{
    const QString type = r.value(QLatin1String("resourceType")).toString();
    if (type == QLatin1String("HealthcareService"))
        return fhir::referenceId(r.value(QLatin1String("providedBy")), QStringLiteral("Organization")) == m_officeId;
    if (type == QLatin1String("PractitionerRole"))
        return fhir::referenceId(r.value(QLatin1String("organization")), QStringLiteral("Organization")) == m_officeId;
    if (type == QLatin1String("Basic")) {
        const QJsonValue subject = r.value(QLatin1String("subject"));
        const QString role = fhir::referenceId(subject, QStringLiteral("PractitionerRole"));
        return fhir::referenceId(subject, QStringLiteral("Organization")) == m_officeId || m_roles.contains(role)
            || m_formerRoles.contains(role); // a GP who left: their absences stay listed here
    }
    return false;
}

void OfficePage::onChanged(const QString &type, const QStringList &ids)
{
    if (type == QLatin1String("Organization")) {
        if (ids.contains(m_officeId)) {
            const auto org = m_store->resource(type, m_officeId);
            const auto actor = org ? fhir::actorFromFhir(org->json) : fhir::Result<Actor>::failure(QString());
            if (actor.ok()) {
                m_office = actor.value();
                if (!m_phone->hasFocus() && !m_phone->isModified())
                    m_phone->setText(m_office.phone);
                retranslate();
            }
        }
        return;
    }
    if (ids.size() > 200) { // a page of a first sync: one reload
        load();
        m_preview->refresh();
        return;
    }
    bool touched = false;
    for (const QString &id : ids) {
        const auto cached = m_store->resource(type, id);
        if (!cached)
            continue;
        if (type == QLatin1String("Practitioner")) {
            const auto gp = fhir::practitionerFromFhir(cached->json);
            if (gp.ok() && m_practitioners.contains(id)) {
                m_practitioners.insert(id, gp.value());
                m_services->upsertPractitioner(gp.value());
                touched = true;
            }
            continue;
        }
        if (cached->deleted || !belongsHere(cached->json)) {
            // It may have moved away (e.g. a role to another office).
            if (type == QLatin1String("Basic")) {
                m_absences->remove(id);
                m_info->remove(id);
                forgetInfo(id);
            } else if (type == QLatin1String("PractitionerRole") && m_roles.remove(id)) {
                // Not ours to change any more: out of the matrix (its absences stay, see onRemoved).
                m_formerRoles.insert(id);
                m_services->removeRole(id);
                updatePreviewGps();
                touched = true;
            }
            continue;
        }
        touched = true;
        if (type == QLatin1String("HealthcareService")) {
            const auto s = fhir::healthcareServiceFromFhir(cached->json);
            if (s.ok() && ServiceType::isGpService(s.value().serviceType)) {
                m_serviceById.insert(id, s.value());
                m_services->upsertService(s.value());
                if (m_textService->currentData().toString() == id && !m_serviceText->hasFocus())
                    showServiceText();
            }
        } else if (type == QLatin1String("PractitionerRole")) {
            const auto role = fhir::practitionerRoleFromFhir(cached->json);
            if (role.ok()) {
                const bool isNew = !m_roles.contains(id);
                m_roles.insert(id, role.value());
                if (isNew && !m_practitioners.contains(role.value().practitionerId)) {
                    if (const auto p = m_store->resource(QStringLiteral("Practitioner"), role.value().practitionerId)) {
                        const auto gp = fhir::practitionerFromFhir(p->json);
                        if (gp.ok())
                            m_practitioners.insert(gp.value().id, gp.value());
                    }
                }
                m_services->upsertRole(role.value());
                m_services->setPendingServices(id, pendingServices(*cached));
                m_pendingNote->setVisible(m_services->hasPending());
                if (isNew)
                    updatePreviewGps();
            }
        } else if (type == QLatin1String("Basic")) {
            const QString code = fhir::basicCode(cached->json);
            if (code == QLatin1String("absence")) {
                const auto a = fhir::absenceFromFhir(cached->json);
                if (a.ok())
                    m_absences->upsert(a.value());
            } else if (code == QLatin1String("info-message")) {
                const auto m = fhir::infoMessageFromFhir(cached->json);
                if (m.ok()) {
                    m_info->upsert(m.value());
                    if (id == m_infoEditingId && !infoModified()) {
                        // Not typed in: the editor shows the message as it is now (e.g. after an
                        // undo, or someone else's change), and edits build on that copy.
                        m_infoEditingSource = m.value().source;
                        m_infoText->setPlainText(m.value().text);
                        m_infoFrom->setDate(m.value().validFrom);
                        m_infoTo->setDate(m.value().validTo);
                        setInfoUnmodified();
                    }
                }
            }
        }
    }
    if (touched)
        m_preview->refresh();
}

void OfficePage::onRemoved(const QString &type, const QStringList &ids)
{
    for (const QString &id : ids) {
        if (type == QLatin1String("Basic")) {
            m_absences->remove(id);
            m_info->remove(id);
            forgetInfo(id);
        } else if (type == QLatin1String("PractitionerRole") && m_roles.remove(id)) {
            m_formerRoles.insert(id);
            m_services->removeRole(id);
            updatePreviewGps();
        }
    }
    m_preview->refresh();
}

void OfficePage::toggle(const QString &roleId, const QString &serviceId, bool on)
{
    const auto cached = m_store->resource(QStringLiteral("PractitionerRole"), roleId);
    if (!cached)
        return;
    auto role = fhir::practitionerRoleFromFhir(cached->json);
    if (!role.ok())
        return;
    PractitionerRole changed = role.value();
    if (on && !changed.healthcareServiceIds.contains(serviceId))
        changed.healthcareServiceIds.append(serviceId);
    if (!on)
        changed.healthcareServiceIds.removeAll(serviceId);
    const QString service = ServiceType::displayName(m_serviceById.value(serviceId).serviceType);
    m_undo->push(edit(StoreEditCommand::Kind::Update, fhir::toFhir(changed),
        on ? tr("turn on %1 for %2").arg(service, gpName(roleId))
           : tr("turn off %1 for %2").arg(service, gpName(roleId))));
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
        const auto cached = m_store->resource(QStringLiteral("PractitionerRole"), it.key());
        if (!cached)
            continue;
        const auto role = fhir::practitionerRoleFromFhir(cached->json);
        if (!role.ok())
            continue;
        PractitionerRole changed = role.value();
        for (const QString &serviceId : it.value()) {
            if (on && !changed.healthcareServiceIds.contains(serviceId))
                changed.healthcareServiceIds.append(serviceId);
            if (!on)
                changed.healthcareServiceIds.removeAll(serviceId);
        }
        if (changed.healthcareServiceIds != role.value().healthcareServiceIds)
            m_undo->push(edit(StoreEditCommand::Kind::Update, fhir::toFhir(changed),
                tr("change the services of %1").arg(gpName(it.key()))));
    }
    m_undo->endMacro();
}

StoreEditCommand *OfficePage::edit(StoreEditCommand::Kind kind, const QJsonObject &after, const QString &text,
    const QString &type, const QString &id, const QJsonObject &before)
{
    auto *command = new StoreEditCommand(m_store, m_engine, kind, after, text, type, id, before);
    command->setOnFailure([self = QPointer<OfficePage>(this)](const QString &reason) {
        if (self)
            self->reportNotSaved(reason);
    });
    return command;
}

bool OfficePage::record(StoreEditCommand *command)
{
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
    if (m_phone->isModified() && m_phone->text() != m_office.phone)
        out << tr("the office phone");
    QSet<QString> services(m_serviceTextDrafts.keyBegin(), m_serviceTextDrafts.keyEnd());
    if (m_serviceText->document()->isModified())
        services.insert(m_serviceTextSource.value(QLatin1String("id")).toString());
    for (const QString &id : std::as_const(services))
        out << tr("the office's text about %1").arg(ServiceType::displayName(m_serviceById.value(id).serviceType));
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
    Actor changed = m_office;
    changed.phone = Validation::normalisedPhone(phone);
    if (changed.phone == m_office.phone) {
        m_phone->setModified(false);
        m_phoneSource = QJsonObject();
        return;
    }
    if (record(edit(StoreEditCommand::Kind::Update, fhir::toFhir(changed), tr("change the office phone"), {}, {},
            m_phoneSource.isEmpty() ? m_office.source : m_phoneSource))) { // a refusal keeps the typing
        m_phone->setModified(false);
        m_phoneSource = QJsonObject();
    }
}

void OfficePage::showServiceText()
{
    const QString id = m_textService->currentData().toString();
    const QString shownId = m_serviceTextSource.value(QLatin1String("id")).toString();
    if (m_serviceText->document()->isModified() && !shownId.isEmpty()) {
        if (shownId == id)
            return; // the same service, typed on: a sync does not overwrite it
        // Another service chosen: what was typed stays as a draft, shown again when it is chosen.
        m_serviceTextDrafts.insert(shownId, {m_serviceText->toPlainText(), m_serviceTextSource});
    }
    const HealthcareService service = m_serviceById.value(id);
    if (const auto draft = m_serviceTextDrafts.constFind(id); draft != m_serviceTextDrafts.cend()) {
        m_serviceText->setPlainText(draft->first);
        m_serviceText->document()->setModified(true);
        m_serviceTextSource = draft->second;
        return;
    }
    m_serviceText->setPlainText(service.comment);
    m_serviceTextSource = service.source; // what the text shown was read from
}

void OfficePage::saveServiceText()
{
    const QString id = m_textService->currentData().toString();
    if (!m_serviceById.contains(id))
        return;
    HealthcareService changed = m_serviceById.value(id);
    const QString text = m_serviceText->toPlainText().trimmed();
    if (text.size() > Validation::kMaxInfoText) {
        QMessageBox::warning(this, tr("Text too long"),
            tr("The text can be at most %1 characters (now %2).").arg(Validation::kMaxInfoText).arg(text.size()));
        return;
    }
    if (text == changed.comment) {
        m_serviceTextDrafts.remove(id);
        m_serviceText->document()->setModified(false);
        return;
    }
    changed.comment = text;
    if (record(edit(StoreEditCommand::Kind::Update, fhir::toFhir(changed),
            tr("change the office's text about %1").arg(ServiceType::displayName(changed.serviceType)), {}, {},
            changed.id == m_serviceTextSource.value(QLatin1String("id")).toString() ? m_serviceTextSource
                                                                                    : changed.source))) {
        m_serviceTextDrafts.remove(id);
        m_serviceText->document()->setModified(false);
        m_serviceTextSource = fhir::toFhir(changed);
    }
}

AbsenceEditor *OfficePage::openAbsenceEditor(bool wholeOffice, const QString &editId)
{
    QList<AbsenceEditor::Gp> gps;
    for (int row = 0; row < m_services->rowCount(); ++row)
        gps.append({m_services->roleAt(row).id, m_services->gpName(row)});
    QStringList types;
    for (const HealthcareService &s : officeServices())
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
        m_undo->push(edit(isNew ? StoreEditCommand::Kind::Create : StoreEditCommand::Kind::Update, fhir::toFhir(a),
            isNew ? tr("add an absence for %1").arg(gpName(a.practitionerRoleId))
                  : tr("change an absence of %1").arg(gpName(a.practitionerRoleId)),
            {}, {}, a.source));
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
    if (!record(edit(
            StoreEditCommand::Kind::Delete, {}, tr("delete an absence of %1").arg(gp), QStringLiteral("Basic"), a.id)))
        return;
    m_absenceView->selectionModel()->clear();
    m_absenceView->setFocus();
    m_undoBar->offer(tr("Absence of %1 from %2 to %3 deleted").arg(gp, from, to));
}

void OfficePage::updateAbsenceFilter()
{
    auto *filter = static_cast<AbsenceFilter *>(m_absenceFilter);
    filter->roleId = m_absenceGp->currentData().toString();
    filter->status = m_absenceStatus->currentData().toInt();
    filter->update();
}

// An info message is gone (deleted, here or on the server): no draft of it can be reached any more.
// What is typed in the editor for it stays there, as a new message if it is saved.
void OfficePage::forgetInfo(const QString &id)
{
    m_infoDrafts.remove(id);
    if (!id.isEmpty() && id == m_infoEditingId) {
        m_infoEditingId.clear();
        m_infoEditingSource = QJsonObject();
    }
}

bool OfficePage::infoModified() const
{
    return m_infoText->document()->isModified() || m_infoFrom->date() != m_infoShownFrom
        || m_infoTo->date() != m_infoShownTo;
}

void OfficePage::showNewInfoPeriod()
{
    m_infoFrom->setDate(m_today);
    m_infoTo->setDate(m_today.addDays(kNewInfoDays));
    setInfoUnmodified();
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
            m_infoEditingId, {m_infoText->toPlainText(), m_infoFrom->date(), m_infoTo->date(), m_infoEditingSource});
}

bool OfficePage::showInfoDraft(const QString &id)
{
    const auto draft = m_infoDrafts.constFind(id);
    if (draft == m_infoDrafts.cend())
        return false;
    m_infoEditingSource = draft->source;
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
    m_infoEditingSource = QJsonObject();
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
        m_infoEditingSource = m.source; // what the editor shows was read from
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
    if (isNew) {
        m.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m.subjectReference = QStringLiteral("Organization/") + m_officeId;
        m.language = QStringLiteral("nb");
    }
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
    if (!record(edit(isNew ? StoreEditCommand::Kind::Create : StoreEditCommand::Kind::Update, fhir::toFhir(m),
            isNew ? tr("add an info message") : tr("change an info message"), {}, {}, m_infoEditingSource)))
        return; // refused and reported: what was typed stays
    m_infoDrafts.remove(m_infoEditingId);
    setInfoUnmodified();
    m_infoEditingId = m.id;
    m_infoEditingSource = fhir::toFhir(m);
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
    if (!record(edit(StoreEditCommand::Kind::Delete, {}, tr("delete an info message"), QStringLiteral("Basic"), id)))
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
            .arg(m_office.name.toHtmlEscaped(),
                text.isEmpty() ? QStringLiteral("&hellip;") : QStringLiteral("<b>") + text + QStringLiteral("</b>"),
                m_office.phone.toHtmlEscaped()));
}

void OfficePage::updatePreviewGps()
{
    const QString previous = m_previewGp->currentData().toString();
    const QString previousFilter = m_absenceGp->currentData().toString();
    QSignalBlocker blockPreview(m_previewGp);
    QSignalBlocker blockFilter(m_absenceGp);
    m_previewGp->clear();
    m_absenceGp->clear();
    m_absenceGp->addItem(tr("All GPs"), QString());
    for (int row = 0; row < m_services->rowCount(); ++row) {
        m_previewGp->addItem(m_services->gpName(row), m_services->roleAt(row).id);
        m_absenceGp->addItem(m_services->gpName(row), m_services->roleAt(row).id);
    }
    const int index = m_previewGp->findData(previous);
    m_previewGp->setCurrentIndex(index < 0 ? 0 : index);
    const int filterIndex = m_absenceGp->findData(previousFilter);
    m_absenceGp->setCurrentIndex(filterIndex < 0 ? 0 : filterIndex);
    m_textService->blockSignals(true);
    const QString currentText = m_textService->currentData().toString();
    m_textService->clear();
    for (const HealthcareService &s : officeServices())
        m_textService->addItem(ServiceType::displayName(s.serviceType), s.id);
    const int textIndex = m_textService->findData(currentText);
    m_textService->setCurrentIndex(textIndex < 0 ? 0 : textIndex);
    m_textService->blockSignals(false);
    showServiceText();
    m_preview->refresh();
}

preview::PreviewInput OfficePage::previewInput(const QString &roleId, const QDate &date, const QString &language) const
{
    preview::PreviewInput in;
    in.language = language;
    in.date = date;
    in.citizenName = QStringLiteral("Tora Hansen");
    in.gpName = gpName(roleId);
    in.officeName = m_office.name;
    in.officePhone = m_office.phone;
    for (const InfoMessage &m : m_info->items()) {
        const bool forThis = m.subjectReference == QStringLiteral("Organization/") + m_officeId
            || m.subjectReference == QStringLiteral("PractitionerRole/") + roleId;
        if (forThis && m.validOn(date))
            in.infoTexts << m.text;
    }
    const PractitionerRole role = m_roles.value(roleId);
    for (const HealthcareService &s : officeServices()) {
        if (!role.healthcareServiceIds.contains(s.id) || !s.active)
            continue;
        preview::PreviewService ps;
        ps.code = s.serviceType;
        ps.officeText = s.comment;
        for (const Absence &a : m_absences->items()) {
            if (a.practitionerRoleId != roleId || !a.covers(date))
                continue;
            if (const AffectedService *affected = a.service(s.serviceType)) {
                if (affected->mode == AffectedService::Mode::Closed) {
                    ps.closed = true;
                    ps.closedText = affected->citizenTextIn(language);
                    ps.closedTextFallsBack = affected->fallsBackIn(language);
                } else {
                    ps.substitute = true;
                }
            }
        }
        in.services.append(ps);
    }
    return in;
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
    m_title->setText(m_office.name);
    m_subtitle->setText(m_office.orgNumber.isEmpty()
            ? tr("GP office")
            : tr("GP office · organisation number %1").arg(m_office.orgNumber));
    m_actingAsNhn->setText(tr("You are acting as NHN for %1: what you change here changes the office's offer to "
                              "citizens, and is recorded in your name.")
                               .arg(m_office.name));
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
