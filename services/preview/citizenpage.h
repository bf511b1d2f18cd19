#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// Renders the "Fastlegetjenester" page of one GP as a citizen sees it on Helsenorge on a given
// date, in nb, nn or en, from the templates in resources/preview/. Every piece of user text is
// HTML-escaped; the page carries a Content-Security-Policy that allows no script at all.
namespace hn::preview {

struct PreviewService
{
    QString code; // service-type code
    bool closed = false; // closed by an absence on the date
    QString closedText; // the absence's citizen text, shown instead of the entry
    bool closedTextFallsBack = false; // no text in the page's language: closedText is the bokmål one
    bool substitute = false; // served by a substitute GP on the date
    QString officeText; // the office's own text about the service
};

struct PreviewInput
{
    QString language = QStringLiteral("nb");
    QDate date;
    QString citizenName;
    QString gpName, officeName, officePhone;
    QStringList infoTexts; // info messages valid on the date
    QList<PreviewService> services; // the services this GP offers, in display order
};

QString renderGpPage(const PreviewInput &input);

// HTML-escapes text (also quotes) and turns line breaks into <br>.
QString escapeText(const QString &text);

} // namespace hn::preview
