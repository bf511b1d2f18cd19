// libhn_webview.so: the citizen preview's web view in Qt WebEngine (see ui/webview.h). Only Qt
// WebEngine Widgets and the interface header: no code of the program's libraries, so that nothing
// is linked twice.
#include "webview.h"

#include <QPageLayout>
#include <QWebEnginePage>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace {

class WebEngineView final : public QWebEngineView, public hn::ui::WebView
{
public:
    WebEngineView(QWidget *parent, std::function<void(bool)> onLoadFinished)
        : QWebEngineView(parent)
    {
        setObjectName(QStringLiteral("previewView"));
        setContextMenuPolicy(Qt::NoContextMenu);
        QWebEngineSettings *s = settings();
        s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
        s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
        s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
        s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
        s->setAttribute(QWebEngineSettings::AutoLoadImages, true);
        if (onLoadFinished)
            QObject::connect(this, &QWebEngineView::loadFinished, this, std::move(onLoadFinished));
    }

    QWidget *widget() override { return this; }
    void setHtml(const QString &html, const QUrl &baseUrl) override { QWebEngineView::setHtml(html, baseUrl); }
    void printToPdf(const QString &file, const QPageLayout &layout, std::function<void(bool)> done) override
    {
        QObject::disconnect(page(), &QWebEnginePage::pdfPrintingFinished, this, nullptr);
        QObject::connect(
            page(), &QWebEnginePage::pdfPrintingFinished, this, [done = std::move(done)](const QString &, bool ok) {
                if (done)
                    done(ok);
            });
        page()->printToPdf(file, layout);
    }
};

} // namespace

extern "C" Q_DECL_EXPORT hn::ui::WebView *hn_create_web_view(QWidget *parent, std::function<void(bool)> onLoadFinished)
{
    return new WebEngineView(parent, std::move(onLoadFinished));
}
