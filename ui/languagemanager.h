#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace hn::ui {

// Loads and switches the program's language at run time. Languages are "nb" (bokmål, the
// default), "nn" (nynorsk) and "en". Switching installs a new QTranslator; every widget receives
// QEvent::LanguageChange and retranslates itself, so no restart is needed.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static QStringList supportedLanguages();
    // nb when the system locale is Norwegian bokmål or unknown, nn for nynorsk, en for English.
    static QString defaultLanguageFor(const QLocale &systemLocale);
    // The language's name in that language, for menus ("Norsk bokmål", "Norsk nynorsk", "English").
    static QString nativeName(const QString &code);

    QString language() const { return m_language; }
    QLocale locale() const;

    // The language saved in QSettings, else the default for the system locale.
    QString savedOrDefaultLanguage() const;

    // Installs the translators for code and stores the choice in QSettings. Unknown codes are
    // refused (returns false) and change nothing.
    bool setLanguage(const QString &code);

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    QString m_language;
    QTranslator *m_appTranslator = nullptr;
    QTranslator *m_qtTranslator = nullptr;
};

} // namespace hn::ui
