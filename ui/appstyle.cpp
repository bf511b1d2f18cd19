#include "appstyle.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QStyleOption>
#include <QWidget>

namespace hn::ui {

namespace {

// Two chevrons (">>", or pointing down), painted in the palette's text colour at any size.
class ExtensionArrowEngine : public QIconEngine
{
public:
    ExtensionArrowEngine(Qt::Orientation orientation, bool mirrored)
        : m_orientation(orientation)
        , m_mirrored(mirrored)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        const QColor colour
            = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::ButtonText);
        const qreal side = qMin(rect.width(), rect.height());
        const qreal unit = side / 16.0;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
        if (m_mirrored) { // right to left: pointing left
            painter->translate(side, 0);
            painter->scale(-1, 1);
        }
        if (m_orientation == Qt::Vertical) { // pointing down: the horizontal arrows turned a quarter
            painter->translate(side, 0);
            painter->rotate(90);
        }
        QPen pen(colour, qMax<qreal>(1.0, 1.5 * unit));
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        painter->setPen(pen);
        QPainterPath path;
        for (const qreal x : {4.0, 8.5}) {
            path.moveTo(x * unit, 4 * unit);
            path.lineTo((x + 3.5) * unit, 8 * unit);
            path.lineTo(x * unit, 12 * unit);
        }
        painter->drawPath(path);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new ExtensionArrowEngine(m_orientation, m_mirrored); }

private:
    Qt::Orientation m_orientation;
    bool m_mirrored;
};

} // namespace

QIcon AppStyle::standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const
{
    if (icon == SP_ToolBarHorizontalExtensionButton) {
        const Qt::LayoutDirection direction
            = option ? option->direction : (widget ? widget->layoutDirection() : QGuiApplication::layoutDirection());
        return QIcon(new ExtensionArrowEngine(Qt::Horizontal, direction == Qt::RightToLeft));
    }
    if (icon == SP_ToolBarVerticalExtensionButton)
        return QIcon(new ExtensionArrowEngine(Qt::Vertical, false));
    return QProxyStyle::standardIcon(icon, option, widget);
}

} // namespace hn::ui
