#include "absenceeditor.h"

#include "datefield.h"

#include "validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace hn::ui {

using models::AffectedService;
using models::ServiceType;
using models::Validation;

namespace {
QLabel *errorLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("error:") + name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}
} // namespace

AbsenceEditor::AbsenceEditor(const QList<Gp> &gps, const QStringList &serviceTypes,
    const QList<models::Absence> &existing, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_gps(gps)
    , m_serviceTypes(serviceTypes)
    , m_existing(existing)
    , m_today(today)
{
    setObjectName(QStringLiteral("AbsenceEditor"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    m_gpLabel = new QLabel(this);
    m_gp = new QComboBox(this);
    m_gp->setObjectName(QStringLiteral("gpCombo"));
    m_gp->addItem(QString(), QString()); // all GPs: filled in retranslate()
    for (const Gp &gp : gps)
        m_gp->addItem(gp.name, gp.roleId);
    m_gpLabel->setBuddy(m_gp);

    m_fromLabel = new QLabel(this);
    m_from = new DateField(today, this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_from->setToday(today);
    m_fromLabel->setBuddy(m_from);
    m_fromError = errorLabel(this, Validation::kFrom);
    m_toLabel = new QLabel(this);
    m_to = new DateField(today.addDays(6), this);
    m_to->setObjectName(QStringLiteral("toDate"));
    m_to->setToday(today);
    m_toLabel->setBuddy(m_to);
    m_toError = errorLabel(this, Validation::kTo);

    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("citizenLanguage"));
    m_language->addItem(QStringLiteral("Norsk bokmål"), QStringLiteral("nb"));
    m_language->addItem(QStringLiteral("Norsk nynorsk"), QStringLiteral("nn"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageLabel->setBuddy(m_language);

    auto *form = new QFormLayout;
    form->addRow(m_gpLabel, m_gp);
    form->addRow(m_fromLabel, m_from);
    form->addRow(QString(), m_fromError);
    form->addRow(m_toLabel, m_to);
    form->addRow(QString(), m_toError);
    // The usual lengths, one key away (Alt and the underlined character).
    auto *presets = new QHBoxLayout;
    for (const char *name : {"preset:week", "preset:twoWeeks", "preset:month"}) {
        auto *button = new QPushButton(this);
        button->setObjectName(QLatin1String(name));
        button->setAutoDefault(false);
        presets->addWidget(button);
        m_presets.append(button);
        connect(button, &QPushButton::clicked, this, [this, name] {
            const QDate from = m_from->date();
            const QString which = QLatin1String(name);
            m_to->setDate(which == QLatin1String("preset:week") ? from.addDays(6)
                    : which == QLatin1String("preset:twoWeeks") ? from.addDays(13)
                                                                : QDate(from.year(), from.month(), from.daysInMonth()));
        });
    }
    presets->addStretch(1);
    form->addRow(QString(), presets);
    form->addRow(m_languageLabel, m_language);

    m_servicesLabel = new QLabel(this);
    QFont bold = m_servicesLabel->font();
    bold.setBold(true);
    m_servicesLabel->setFont(bold);
    m_servicesHint = new QLabel(this);
    m_servicesHint->setWordWrap(true);
    m_servicesError = errorLabel(this, Validation::kServices);
    auto *grid = new QGridLayout;
    int row = 0;
    for (const QString &code : serviceTypes) {
        ServiceRow r;
        r.check = new QCheckBox(this);
        r.check->setObjectName(QStringLiteral("service:") + code);
        r.mode = new QComboBox(this);
        r.mode->setObjectName(QStringLiteral("mode:") + code);
        r.mode->addItem(QString(), int(AffectedService::Mode::Substitute));
        r.mode->addItem(QString(), int(AffectedService::Mode::Closed));
        r.text = new QPlainTextEdit(this);
        r.text->setObjectName(QStringLiteral("text:") + code);
        r.text->setTabChangesFocus(true);
        r.text->setMaximumHeight(64);
        r.error = errorLabel(this, Validation::citizenTextField(code));
        grid->addWidget(r.check, row, 0);
        grid->addWidget(r.mode, row, 1);
        grid->addWidget(r.text, row + 1, 0, 1, 2);
        grid->addWidget(r.error, row + 2, 0, 1, 2);
        row += 3;
        m_rows.insert(code, r);
        connect(r.check, &QCheckBox::toggled, this, [this, code] { updateRow(code); });
        connect(r.mode, &QComboBox::currentIndexChanged, this, [this, code] { updateRow(code); });
    }
    connect(m_to, &DateField::dateChanged, this, &AbsenceEditor::refreshDefaults);
    DateField::keepLength(m_from, m_to); // To keeps the length when From moves
    connect(m_language, &QComboBox::currentIndexChanged, this, &AbsenceEditor::showLanguage);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    connect(m_save, &QPushButton::clicked, this, &AbsenceEditor::trySave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_servicesLabel);
    layout->addWidget(m_servicesHint);
    layout->addLayout(grid);
    layout->addWidget(m_servicesError);
    layout->addStretch(1);
    layout->addWidget(buttons);
    retranslate();
    for (const QString &code : serviceTypes)
        updateRow(code);
    setGp(gps.isEmpty() ? QString() : gps.first().roleId);
    resize(560, 640);
}

void AbsenceEditor::setGp(const QString &roleId)
{
    const int index = m_gp->findData(roleId);
    m_gp->setCurrentIndex(index < 0 ? 0 : index);
}

void AbsenceEditor::setAbsence(const models::Absence &absence)
{
    m_editingId = absence.id;
    m_editing = absence;
    // The absence stays with its own GP, also one who has left the office since.
    if (m_gp->findData(absence.practitionerRoleId) < 0)
        m_gp->addItem(tr("A GP no longer at this office"), absence.practitionerRoleId);
    setGp(absence.practitionerRoleId);
    m_gp->setEnabled(false);
    m_from->setDate(absence.from);
    m_to->setDate(absence.to);
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        const AffectedService *s = absence.service(it.key());
        it->check->setChecked(s != nullptr);
        it->texts.clear();
        it->autoTexts.clear();
        it->keepEmpty.clear();
        if (s) {
            it->texts.insert(QStringLiteral("nb"), s->citizenText);
            for (const QString &language : {QStringLiteral("nn"), QStringLiteral("en")}) {
                it->texts.insert(language, s->translations.value(language));
                if (s->translations.value(language).isEmpty() && !s->citizenText.isEmpty())
                    it->keepEmpty.insert(language); // as it was saved: the bokmål text is shown
            }
            it->text->setPlainText(it->texts.value(m_shownLanguage));
            it->mode->setCurrentIndex(s->mode == AffectedService::Mode::Closed ? 1 : 0);
        }
    }
    retranslate();
}

QString AbsenceEditor::textOf(const ServiceRow &row, const QString &language) const
{
    return language == m_shownLanguage ? row.text->toPlainText() : row.texts.value(language);
}

void AbsenceEditor::updateRow(const QString &code)
{
    ServiceRow &r = m_rows[code];
    const QString typed = r.text->toPlainText();
    if (typed.isEmpty() && !r.texts.value(m_shownLanguage).isEmpty())
        r.keepEmpty.insert(m_shownLanguage); // a text emptied by hand stays empty (bokmål is then asked for)
    else if (!typed.isEmpty())
        r.keepEmpty.remove(m_shownLanguage);
    r.texts.insert(m_shownLanguage, typed);
    const bool on = r.check->isChecked();
    const bool closed = r.mode->currentData().toInt() == int(AffectedService::Mode::Closed);
    r.mode->setEnabled(on);
    r.text->setVisible(on && closed);
    if (on && closed) {
        // Each language's text follows the dates until someone writes it.
        for (const QString &language : {QStringLiteral("nb"), QStringLiteral("nn"), QStringLiteral("en")}) {
            const QString text = r.texts.value(language);
            if (text.isEmpty() ? !r.keepEmpty.contains(language) : text == r.autoTexts.value(language)) {
                const QString fresh = Validation::defaultClosedText(code, m_to->date(), language);
                r.autoTexts.insert(language, fresh);
                r.texts.insert(language, fresh);
            }
        }
        if (r.text->toPlainText() != r.texts.value(m_shownLanguage))
            r.text->setPlainText(r.texts.value(m_shownLanguage));
    }
    r.text->setPlaceholderText(m_shownLanguage == QLatin1String("nb")
            ? QString()
            : tr("No %1 text: citizens who read %1 see the bokmål text.")
                  .arg(Validation::languageName(m_shownLanguage)));
    if (!(on && closed))
        r.error->hide();
}

void AbsenceEditor::showLanguage()
{
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it)
        updateRow(it.key()); // keeps what the boxes hold under the language shown so far
    m_shownLanguage = m_language->currentData().toString();
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it)
        it->text->setPlainText(it->texts.value(m_shownLanguage));
    refreshDefaults();
}

void AbsenceEditor::refreshDefaults()
{
    for (const QString &code : m_serviceTypes)
        updateRow(code);
}

models::Absence AbsenceEditor::current(const QString &roleId) const
{
    models::Absence a = m_editingId.isEmpty() ? models::Absence() : m_editing;
    a.id = m_editingId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : m_editingId;
    a.practitionerRoleId = roleId;
    a.from = m_from->date();
    a.to = m_to->date();
    if (!a.created.isValid())
        a.created = m_today;
    a.services.clear();
    // Services the office no longer offers are not in the editor: an existing absence keeps them.
    for (const AffectedService &s : std::as_const(m_editing.services)) {
        if (!m_editingId.isEmpty() && !m_serviceTypes.contains(s.serviceType))
            a.services.append(s);
    }
    for (const QString &code : m_serviceTypes) {
        const ServiceRow &r = m_rows[code];
        if (!r.check->isChecked())
            continue;
        AffectedService s;
        s.serviceType = code;
        s.mode = AffectedService::Mode(r.mode->currentData().toInt());
        if (s.mode == AffectedService::Mode::Closed) {
            s.citizenText = textOf(r, QStringLiteral("nb")).trimmed();
            for (const QString &language : {QStringLiteral("nn"), QStringLiteral("en")}) {
                if (const QString text = textOf(r, language).trimmed(); !text.isEmpty())
                    s.translations.insert(language, text);
            }
        }
        a.services.append(s);
    }
    return a;
}

bool AbsenceEditor::trySave()
{
    // An existing absence is saved for its own GP only (the list is locked while editing).
    const QString selected = m_editingId.isEmpty() ? m_gp->currentData().toString() : m_editing.practitionerRoleId;
    QStringList roles;
    if (selected.isEmpty()) {
        for (const Gp &gp : m_gps)
            roles << gp.roleId;
    } else {
        roles << selected;
    }
    QList<models::Absence> absences;
    models::ValidationResult all;
    // Text that is no date is not taken as the last date that was.
    if (!m_from->textIsDate())
        all.add(Validation::kFrom, tr("This is not a date. Type it as 14.12.2026."));
    if (!m_to->textIsDate())
        all.add(Validation::kTo, tr("This is not a date. Type it as 14.12.2026."));
    if (roles.isEmpty()) // a vacation for the whole office, which has no GPs yet
        all.add(Validation::kServices, tr("This office has no GPs to register the absence for."));
    for (const QString &role : roles) {
        const models::Absence a = current(role);
        const models::ValidationResult r = Validation::validateAbsence(a, m_existing, m_today);
        for (const models::FieldError &e : r.errors) {
            if (all.messageFor(e.field).isEmpty()) {
                QString message = e.message;
                if (roles.size() > 1) {
                    for (const Gp &gp : m_gps) {
                        if (gp.roleId == role && e.field == Validation::kServices)
                            message = gp.name + QStringLiteral(": ") + message;
                    }
                }
                all.add(e.field, message);
            }
        }
        absences.append(a);
    }
    showErrors(all);
    if (!all.ok())
        return false;
    m_result = absences;
    accept();
    return true;
}

QString AbsenceEditor::errorText(const QString &field) const
{
    const auto *label = findChild<QLabel *>(QStringLiteral("error:") + field);
    return label && !label->isHidden() ? label->text() : QString();
}

void AbsenceEditor::showErrors(const models::ValidationResult &result)
{
    const auto labels = findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!label->objectName().startsWith(QLatin1String("error:")))
            continue;
        const QString message = result.messageFor(label->objectName().mid(6));
        label->setText(message);
        label->setVisible(!message.isEmpty());
    }
    // Focus the first field with an error, so the keyboard user lands on it.
    if (!result.errors.isEmpty()) {
        const QString field = result.errors.first().field;
        if (field == Validation::kFrom)
            m_from->setFocus();
        else if (field == Validation::kTo)
            m_to->setFocus();
        else if (field.startsWith(QLatin1String("citizenText:"))) {
            // A missing bokmål text is written in bokmål.
            if (textOf(m_rows[field.mid(12)], QStringLiteral("nb")).trimmed().isEmpty())
                m_language->setCurrentIndex(m_language->findData(QStringLiteral("nb")));
            m_rows[field.mid(12)].text->setFocus();
        }
    }
}

void AbsenceEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AbsenceEditor::retranslate()
{
    setWindowTitle(m_editingId.isEmpty() ? tr("Add absence") : tr("Change absence"));
    m_intro->setText(tr("Fill in to inform the patients about the absence. When the first day arrives, the chosen "
                        "services are replaced for citizens by the absence message."));
    m_gpLabel->setText(tr("&GP:"));
    m_gp->setItemText(0, tr("All GPs (vacation for the whole office)"));
    m_fromLabel->setText(tr("&From (inclusive):"));
    m_toLabel->setText(tr("&To (inclusive):"));
    m_languageLabel->setText(tr("Text for citizens &in:"));
    m_language->setToolTip(tr("Each language has its own text. Citizens see the text in the language they "
                              "read Helsenorge in; where it is empty, the bokmål text."));
    m_servicesLabel->setText(tr("Which services does the absence affect?"));
    m_servicesHint->setText(tr("For each service, choose whether a substitute serves it or it is closed for the "
                               "period. Citizens see the text below a closed service instead of the service."));
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        it->check->setText(ServiceType::displayName(it.key()));
        it->mode->setItemText(0, tr("Served by a substitute"));
        it->mode->setItemText(1, tr("Closed for the period"));
        it->text->setAccessibleName(tr("Text for citizens about %1").arg(ServiceType::displayName(it.key())));
    }
    m_presets.at(0)->setText(tr("1 &week"));
    m_presets.at(1)->setText(tr("&2 weeks"));
    m_presets.at(2)->setText(tr("Rest of the &month"));
    for (QPushButton *preset : std::as_const(m_presets))
        preset->setToolTip(tr("Sets the last day from the first"));
    m_save->setText(tr("&Save"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace hn::ui
