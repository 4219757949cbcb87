#pragma once

#include <QString>

// A practical check of an email address, not RFC 5322: it accepts what mail providers and the
// community platforms accept and refuses what is almost surely a typing or export error.
//   - at most 254 characters, exactly one '@', a local part of 1 to 64 characters;
//   - no spaces, control characters or any of ( ) < > [ ] \ , ; : " (so no quoted local parts,
//     no comments, no IP-address literals);
//   - the local part neither starts nor ends with a dot, nor holds "..";
//   - the domain has two labels or more, separated by dots; each label is 1 to 63 letters,
//     digits or hyphens (or non-ASCII letters, for internationalised domains) and neither
//     starts nor ends with a hyphen; the last label has two characters or more and is not all
//     digits.
// The address is checked as given: trim it first.
class EmailCheck
{
public:
    enum class Problem
    {
        None,
        Empty,
        TooLong,
        NoAt,
        SeveralAts,
        EmptyLocalPart,
        LocalPartTooLong,
        ForbiddenCharacter,
        MisplacedDot,
        BadDomain
    };

    static Problem check(QStringView email);
    static bool isValid(QStringView email) { return check(email) == Problem::None; }
    // Why the address is refused, for people (translated); empty for Problem::None.
    static QString describe(Problem problem);
    // Trimmed, each character in lower case (QChar::toLower): the form compared for duplicates
    // and sent to providers.
    static QString normalized(QStringView email);
};
