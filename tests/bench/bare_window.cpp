// The reference for the start-up benchmark: a bare Qt Widgets window built with the same flags as
// hnadmin. It exits right after its first paint, as `hnadmin --exit-after-paint` does.
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

namespace {
class Window : public QMainWindow
{
protected:
    bool event(QEvent *e) override
    {
        if (e->type() == QEvent::UpdateRequest && !m_painted) {
            m_painted = true;
            const bool result = QMainWindow::event(e);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
            return result;
        }
        return QMainWindow::event(e);
    }

private:
    bool m_painted = false;
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Window window;
    window.resize(1100, 720);
    window.show();
    return app.exec();
}
