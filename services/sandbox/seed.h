#pragma once

#include <QString>

namespace hn::sandbox {

class ResourceStore;

// Fills an empty store with demo data from a fixed random seed (the same data every time).
// kind: "national" (about 930 GP offices, 5,800 GPs, all 357 municipalities) or "small" (a handful
// of each, for tests). Also creates the demo users: nhn, lege1, lege2, kommune1, kommune2.
bool seedStore(ResourceStore &store, const QString &kind, QString *error);

// A valid Norwegian organisation number (modulus-11 check digit) from 8 random digits, or -1 when the
// digits give no valid check digit.
int orgNumberCheckDigit(const QString &eightDigits);

} // namespace hn::sandbox
