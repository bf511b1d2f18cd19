#pragma once

#include "itemmodels.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace hn::repo {
class GpRegister;
}

namespace hn::ui {

// "All GPs": the national register for NHN (a GP office sees its own GPs), filtered as you type by
// name, HPR number, office or municipality, and by a municipality and a service the GPs do not
// offer ("which offices in Alta have not turned on e-consultation?"), sortable by column. Enter or a
// double click opens the GP's office. Built the first time it is asked for (read at once); it
// follows the store through the register (repo::GpRegister), read again on a worker so that a sync
// in progress never stalls the window.
class GpRegisterPage : public QWidget
{
    Q_OBJECT
public:
    explicit GpRegisterPage(repo::GpRegister *gps, QWidget *parent = nullptr);

    models::GpListModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    // The filters beside the text: one municipality ("" = all), GPs without a service ("" = any).
    void setMunicipality(const QString &name);
    void setWithout(const QString &serviceType);

public Q_SLOTS:
    void reload(); // at once, on this thread
    void reloadInBackground(); // on a worker; what the page does when the store changes

Q_SIGNALS:
    void officeRequested(const QString &officeId);
    // A read on the worker has ended; `read` is false when the file could not be read, and the
    // table then keeps what it showed.
    void backgroundReadDone(bool read);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCount();
    void updateMunicipalities(); // the choice of municipalities, from the entries
    void openCurrent();

    repo::GpRegister *m_gps;
    models::GpListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_title;
    QLabel *m_count;
    QLineEdit *m_filter;
    QComboBox *m_municipality;
    QComboBox *m_without;
    QTableView *m_view;
};

} // namespace hn::ui
