#pragma once

#include <QProxyStyle>

namespace hn::ui {

// The program's style: the platform's own (or the one asked for with -style), except that the
// arrows of a menu bar or toolbar too narrow for its contents are drawn instead of read from image
// files. Reading those files makes Qt load every image format plugin (a dozen libraries), and every
// main window has a menu bar: with this style the first paint needs none of them.
class AppStyle : public QProxyStyle
{
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;

    QIcon standardIcon(
        StandardPixmap icon, const QStyleOption *option = nullptr, const QWidget *widget = nullptr) const override;
};

} // namespace hn::ui
