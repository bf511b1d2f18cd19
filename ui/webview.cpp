#include "webview.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>

namespace hn::ui {

WebView *createWebView(QWidget *parent, std::function<void(bool ok)> onLoadFinished, QString *error)
{
    static CreateWebViewFunction create = nullptr;
    static QString loadError;
    if (!create && loadError.isEmpty()) {
        QStringList candidates {QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("hn_webview"))};
#ifdef HN_WEBVIEW_BUILD_PATH
        candidates << QStringLiteral(HN_WEBVIEW_BUILD_PATH);
#endif
        // HN_WEBVIEW_MODULE names the module file instead (packagers; tests of a missing module).
        if (qEnvironmentVariableIsSet("HN_WEBVIEW_MODULE"))
            candidates = {qEnvironmentVariable("HN_WEBVIEW_MODULE")};
        QStringList errors;
        for (const QString &candidate : std::as_const(candidates)) {
            QLibrary library(candidate);
            if (library.load()) {
                create = reinterpret_cast<CreateWebViewFunction>(library.resolve(kCreateWebViewSymbol));
                if (create) {
                    qCInfo(lcUi) << "web view module loaded from" << library.fileName();
                    break;
                }
            }
            errors << library.errorString();
        }
        if (!create) {
            loadError = errors.join(QStringLiteral("; "));
            qCWarning(lcUi) << "the web view module cannot be loaded:" << loadError;
        }
    }
    if (!create) {
        if (error)
            *error = loadError;
        return nullptr;
    }
    return create(parent, std::move(onLoadFinished));
}

} // namespace hn::ui
