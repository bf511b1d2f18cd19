#pragma once

// What the fuzz targets check on every input, and the replay test on every file of the corpus:
// an empty answer when all is well, else what went wrong. Memory errors and undefined behaviour are
// the sanitizers' to find (the fuzz build); these are the differential checks against QJsonDocument.

#include <QByteArray>
#include <QString>

namespace hn::fuzz {

// The sync's page reader (scanBundle, scanTotal, scanNextLink) against QJsonDocument: a page the
// scanner accepts is JSON to Qt too (unless a resource in it was set aside as unreadable), with
// the same entries, resources (as bytes Qt reads to the same type and id), total and next link.
QString checkPage(const QByteArray &text);

// The mapping: the Organization summary read from bytes agrees with the full reading; every
// reader takes any JSON object without harm, and what it reads is written back to something it
// reads the same way.
QString checkMapping(const QByteArray &text);

} // namespace hn::fuzz
