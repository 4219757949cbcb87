#pragma once

#include <QString>

// Splits a full name into first and last name, for providers that want both (Forward, Beam.gg):
//   - spaces are trimmed and runs of them collapse to one;
//   - "Last, First" (one comma): what comes before the comma is the last name; "Last, First,
//     Jr." puts the suffix with the last name;
//   - one word: it is the first name, and the last name stays empty (Cher);
//   - otherwise the last word is the last name, together with the particles right before it
//     (van, von, der, den, de, del, della, di, da, du, des, la, le, dos, das, do, ten, ter, zu,
//     af, av, bin, ibn, al, el; in any case), as long as a word is left for the first name
//     ("Jan van der Berg" -> Jan / van der Berg, but "Van Morrison" -> Van / Morrison);
//   - a suffix (Jr, Jr., Sr, Sr., II, III, IV) goes with the word before it when three words
//     or more remain ("Martin Luther King Jr." -> Martin Luther / King Jr.).
// Everything before the last name is the first name, middle names included.
class NameSplit
{
public:
    struct Parts
    {
        QString first;
        QString last;
        friend bool operator==(const Parts &, const Parts &) = default;
    };

    static Parts split(QStringView fullName);
    // "First Last", or whichever is not empty.
    static QString join(QStringView first, QStringView last);
};
