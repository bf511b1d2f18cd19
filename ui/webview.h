#pragma once

#include <QString>
#include <QUrl>

#include <functional>

class QPageLayout;
class QWidget;

namespace hn::ui {

// The web view of the citizen preview. It is Qt WebEngine, built as a module of its own
// (libhn_webview.so, ui/webengine/) and loaded the first time a preview is shown: linked into the
// program, Qt WebEngine's forty-odd libraries cost every start about 20 ms of dynamic linking,
// for a pane most sessions never open. Scripts, plugins and remote or file access are off.
class WebView
{
public:
    virtual ~WebView() = default;
    // The widget (a child of the parent given at creation, which owns it; deleting the widget
    // deletes this object).
    virtual QWidget *widget() = 0;
    virtual void setHtml(const QString &html, const QUrl &baseUrl) = 0;
    virtual void printToPdf(const QString &file, const QPageLayout &layout, std::function<void(bool ok)> done) = 0;
};

// The module's entry point, extern "C" under this name.
using CreateWebViewFunction = WebView *(*)(QWidget *parent, std::function<void(bool ok)> onLoadFinished);
inline constexpr char kCreateWebViewSymbol[] = "hn_create_web_view";

// Loads the module (once) and creates a view; nullptr with *error set when the module cannot be
// loaded. Looked for next to the program, then where the build put it.
WebView *createWebView(QWidget *parent, std::function<void(bool ok)> onLoadFinished, QString *error);

} // namespace hn::ui
