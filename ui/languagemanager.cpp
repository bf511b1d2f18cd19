#include "languagemanager.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace hn::ui {

namespace {
const QString kSettingsKey = QStringLiteral("ui/language");
}

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator);
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator);
}

QStringList LanguageManager::supportedLanguages()
{
    return {QStringLiteral("nb"), QStringLiteral("nn"), QStringLiteral("en")};
}

QString LanguageManager::defaultLanguageFor(const QLocale &systemLocale)
{
    switch (systemLocale.language()) {
    case QLocale::NorwegianNynorsk: return QStringLiteral("nn");
    case QLocale::English: return QStringLiteral("en");
    default: return QStringLiteral("nb");
    }
}

QString LanguageManager::nativeName(const QString &code)
{
    if (code == QLatin1String("nn"))
        return QStringLiteral("Norsk nynorsk");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return QStringLiteral("Norsk bokmål");
}

QLocale LanguageManager::locale() const
{
    if (m_language == QLatin1String("nn"))
        return QLocale(QLocale::NorwegianNynorsk, QLocale::Norway);
    if (m_language == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return QLocale(QLocale::NorwegianBokmal, QLocale::Norway);
}

QString LanguageManager::savedOrDefaultLanguage() const
{
    const QString saved = QSettings().value(kSettingsKey).toString();
    if (supportedLanguages().contains(saved))
        return saved;
    return defaultLanguageFor(QLocale::system());
}

bool LanguageManager::setLanguage(const QString &code)
{
    if (!supportedLanguages().contains(code)) {
        qCWarning(lcUi) << "refusing unknown language" << code;
        return false;
    }
    if (code == m_language)
        return true;

    auto *appTranslator = new QTranslator(this);
    if (!appTranslator->load(QStringLiteral(":/i18n/hnadmin_%1.qm").arg(code)))
        qCWarning(lcUi) << "no catalogue for" << code;
    QTranslator *qtTranslator = nullptr;
    if (code == QLatin1String("nn")) {
        // Qt's own few strings (context menus of line edits). Debian ships qtbase_nn but no qtbase_nb.
        qtTranslator = new QTranslator(this);
        if (!qtTranslator->load(QStringLiteral("qtbase_nn"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            delete qtTranslator;
            qtTranslator = nullptr;
        }
    }

    if (m_appTranslator) {
        QCoreApplication::removeTranslator(m_appTranslator);
        m_appTranslator->deleteLater();
    }
    if (m_qtTranslator) {
        QCoreApplication::removeTranslator(m_qtTranslator);
        m_qtTranslator->deleteLater();
    }
    m_appTranslator = appTranslator;
    m_qtTranslator = qtTranslator;
    if (m_qtTranslator)
        QCoreApplication::installTranslator(m_qtTranslator);
    QCoreApplication::installTranslator(m_appTranslator);
    m_language = code;
    QLocale::setDefault(locale());
    QSettings settings;
    if (settings.value(kSettingsKey).toString() != code) // an unchanged value would still rewrite the file
        settings.setValue(kSettingsKey, code);
    qCInfo(lcUi) << "language set to" << code;
    Q_EMIT languageChanged(code);
    return true;
}

} // namespace hn::ui
