#include "conflictdialog.h"

#include "validation.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hn::ui {

namespace {
enum Column { FieldColumn, MineColumn, TheirsColumn, ChoiceColumn, ColumnCount };
}

ConflictDialog::ConflictDialog(store::Store *store, qint64 seq, QWidget *parent)
    : QDialog(parent)
    , m_conflict(store, seq)
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("ConflictDialog"));

    m_intro->setWordWrap(true);
    m_table->setColumnCount(ColumnCount);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(MineColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TheirsColumn, QHeaderView::Stretch);

    auto *buttons = new QDialogButtonBox(this);
    m_keepMine = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_takeTheirs = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    m_apply = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_apply->setObjectName(QStringLiteral("applyChoices"));
    m_later = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    connect(m_keepMine, &QPushButton::clicked, this, &ConflictDialog::keepMine);
    connect(m_takeTheirs, &QPushButton::clicked, this, &ConflictDialog::takeTheirs);
    connect(m_apply, &QPushButton::clicked, this, &ConflictDialog::applyChoices);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 480);
    fill();
    retranslate();
}

QString ConflictDialog::fieldLabel(const QString &path)
{
    QString label = path;
    // A translation of a text (FHIR's translation extension): the text's label and its language.
    static const QRegularExpression translation(
        QStringLiteral("\\._valueString\\.extension\\[http:/"
                       "/hl7\\.org/fhir/StructureDefinition/translation\\|(\\w+)\\]"
                       "\\.extension\\[content\\]\\.valueString$"));
    QString language;
    if (const QRegularExpressionMatch m = translation.match(label); m.hasMatch()) {
        language = m.captured(1);
        label.truncate(m.capturedStart());
        label += QLatin1String(".valueString"); // read as the text itself
    }
    label.replace(QLatin1String("urn:hnadmin:fhir:StructureDefinition/"), QString());
    label.replace(QLatin1String("urn:hnadmin:fhir:CodeSystem/"), QString());
    static const QList<QPair<const char *, const char *>> names = {
        {"citizenText].valueString", QT_TR_NOOP("text for citizens")},
        {"message-text].valueString", QT_TR_NOOP("message")},
        {"valuePeriod.start", QT_TR_NOOP("from")},
        {"valuePeriod.end", QT_TR_NOOP("to")},
        {"citizenText", QT_TR_NOOP("text for citizens")},
        {"message-text", QT_TR_NOOP("message")},
        {"mode", QT_TR_NOOP("closed or substitute")},
        {"comment", QT_TR_NOOP("the office's own text")},
        {"active", QT_TR_NOOP("active")},
        {"name", QT_TR_NOOP("name")},
    };
    for (const auto &[key, text] : names) {
        if (label.endsWith(QLatin1String(key))) {
            label = label.left(label.size() - int(qstrlen(key))) + tr(text);
            break;
        }
    }
    label.replace(QLatin1String("extension["), QString());
    label.replace(QLatin1String("].extension[mode]."), QStringLiteral(" · "));
    label.replace(QLatin1String("].extension[citizenText]."), QStringLiteral(" · "));
    label.replace(QLatin1String("]."), QStringLiteral(" · "));
    label.replace(QLatin1Char(']'), QString());
    label.replace(QLatin1Char('|'), QLatin1String(": "));
    if (!language.isEmpty())
        label += QStringLiteral(" (%1)").arg(models::Validation::languageName(language));
    return label;
}

void ConflictDialog::fill()
{
    const auto mine = m_conflict.mineFields();
    const auto theirs = m_conflict.theirFields();
    // Not shown: what identifies the item and its parts (id, type, version, extension urls), which
    // the user neither reads nor chooses.
    const auto technical = [](const QString &path) {
        return path == QLatin1String("id") || path == QLatin1String("resourceType")
            || path.startsWith(QLatin1String("meta")) || path.endsWith(QLatin1String(".url"))
            || path == QLatin1String("url");
    };
    QStringList paths;
    QHash<QString, QString> mineValues, theirValues;
    for (const auto &[path, value] : mine) {
        if (!technical(path))
            paths << path;
        mineValues.insert(path, value);
    }
    for (const auto &[path, value] : theirs) {
        if (!mineValues.contains(path) && !technical(path))
            paths << path;
        theirValues.insert(path, value);
    }
    m_table->setRowCount(int(paths.size()));
    int row = 0;
    for (const QString &path : paths) {
        auto *field = new QTableWidgetItem(fieldLabel(path));
        field->setData(Qt::UserRole, path);
        field->setToolTip(path);
        auto *mineItem = new QTableWidgetItem(mineValues.value(path));
        auto *theirItem = new QTableWidgetItem(theirValues.value(path));
        const bool differs = mineValues.value(path) != theirValues.value(path);
        if (differs) {
            QFont bold = field->font();
            bold.setBold(true);
            for (QTableWidgetItem *item : {field, mineItem, theirItem})
                item->setFont(bold);
        }
        m_table->setItem(row, FieldColumn, field);
        m_table->setItem(row, MineColumn, mineItem);
        m_table->setItem(row, TheirsColumn, theirItem);
        // A choice for each conflicting field (its path or one below it).
        QString conflictPath;
        for (const QString &c : m_conflict.conflicts()) {
            if (path == c || path.startsWith(c + QLatin1Char('.')) || path.startsWith(c + QLatin1Char('[')))
                conflictPath = c;
        }
        if (!conflictPath.isEmpty() && differs) {
            auto *choice = new QRadioButton(m_table);
            choice->setObjectName(QStringLiteral("choice:") + conflictPath);
            choice->setProperty("conflictPath", conflictPath);
            choice->setAutoExclusive(false);
            m_table->setCellWidget(row, ChoiceColumn, choice);
        }
        ++row;
    }
    m_table->resizeColumnToContents(FieldColumn);
}

void ConflictDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ConflictDialog::retranslate()
{
    setWindowTitle(tr("Resolve a conflict"));
    if (!m_conflict.isValid())
        m_intro->setText(tr("This conflict has already been resolved."));
    else if (m_conflict.goneThere())
        m_intro->setText(tr("Someone else deleted this on the server while your change was waiting to be sent. "
                            "Keep your version to create it again, or take theirs to let it go."));
    else if (m_conflict.isDeletion())
        m_intro->setText(tr("Someone else changed what you deleted while your deletion was waiting to be sent. "
                            "Keep yours to delete their version too, or take theirs to keep it."));
    else
        m_intro->setText(tr("Someone else changed the same fields while your change was waiting to be sent. "
                            "Fields in bold differ. Keep your version, take theirs, or tick \"Use mine\" "
                            "for the fields where yours should win."));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Your version"), tr("Their version"), tr("Use mine")});
    m_keepMine->setText(tr("&Keep mine"));
    m_takeTheirs->setText(tr("&Take theirs"));
    m_apply->setText(tr("&Use my choices"));
    m_later->setText(tr("Decide &later"));
    for (QPushButton *b : {m_keepMine, m_takeTheirs, m_apply})
        b->setEnabled(m_conflict.isValid());
    m_apply->setVisible(!m_conflict.goneThere() && !m_conflict.isDeletion()); // nothing to choose field by field
}

void ConflictDialog::showNotSaved()
{
    QMessageBox::warning(this, tr("Not saved"),
        tr("Your choice could not be saved in the local database (it may be busy with a synchronisation). "
           "Nothing was changed; try again."));
}

void ConflictDialog::keepMine()
{
    if (!m_conflict.isValid())
        return;
    if (!m_conflict.keepMine()) {
        showNotSaved();
        return;
    }
    m_resolution = Resolution::KeepMine;
    accept();
}

void ConflictDialog::takeTheirs()
{
    if (!m_conflict.isValid())
        return;
    if (!m_conflict.takeTheirs()) {
        showNotSaved();
        return;
    }
    m_resolution = Resolution::TakeTheirs;
    accept();
}

void ConflictDialog::applyChoices()
{
    if (!m_conflict.isValid())
        return;
    QSet<QString> preferMine;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto *choice = qobject_cast<QRadioButton *>(m_table->cellWidget(row, ChoiceColumn));
        if (choice && choice->isChecked())
            preferMine.insert(choice->property("conflictPath").toString());
    }
    if (!m_conflict.resolveFieldByField(preferMine)) {
        showNotSaved();
        return;
    }
    m_resolution = Resolution::FieldByField;
    accept();
}

} // namespace hn::ui
