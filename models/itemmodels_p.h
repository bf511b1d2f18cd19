#pragma once
// Helpers shared by the item models' source files (not part of hn_models' interface).

#include <QCollator>
#include <QList>
#include <QLocale>
#include <QString>

#include <algorithm>

namespace hn::models::detail {

// The row of the item with that id, or -1.
template<typename T>
int rowOfId(const QList<T> &items, const QString &id)
{
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).id == id)
            return i;
    }
    return -1;
}

// Where `item` belongs (its final row) in the sorted `items` once the row `skip` is taken out (-1:
// none): after all items not greater than it, so equal keys keep their order of arrival.
template<typename T, typename Less>
int sortedPosition(const QList<T> &items, const T &item, int skip, Less less)
{
    int lo = 0;
    int hi = int(items.size()) - (skip >= 0 ? 1 : 0);
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        const T &probe = items.at(skip >= 0 && mid >= skip ? mid + 1 : mid);
        if (less(item, probe))
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

// Names of actors and GPs are Norwegian: they sort by Norwegian rules (Æ, Ø, Å after Z) and without
// regard to case, whatever the language of the user interface. (The C locale's collator would
// compare case-insensitively but make case-sensitive sort keys.)
inline QCollator nameCollator()
{
    QCollator collator(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

// The items in the collator's order of key(item), stable. Sort keys once per item: thousands of
// locale-aware comparisons are slow.
template<typename T, typename Key>
QList<T> sortedByCollation(QList<T> items, const QCollator &collator, Key key)
{
    QList<QPair<QCollatorSortKey, qsizetype>> keys;
    keys.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i)
        keys.append({collator.sortKey(key(items.at(i))), i});
    std::stable_sort(
        keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first.compare(b.first) < 0; });
    QList<T> sorted;
    sorted.reserve(items.size());
    for (const auto &k : keys)
        sorted.append(std::move(items[k.second]));
    return sorted;
}

// The destination row for beginMoveRows() when a row moves to the final row `to`.
inline int moveDestination(int from, int to)
{
    return to > from ? to + 1 : to;
}

} // namespace hn::models::detail
