#pragma once

#include <QString>
#include <optional>

// The practical check of an email address that Roster applies before it sends one anywhere: one
// '@' with a local part of 1..64 and a domain of 1..253 characters, the domain made of dot-
// separated labels of letters, digits and hyphens (or their Unicode kin), no spaces, control
// characters, quotes, commas or angle brackets. It refuses what is surely wrong, not all that
// RFC 5322 refuses; the provider has the last word.
namespace EmailAddress {

// Why `text` is not an email address (translated), or nothing.
std::optional<QString> problem(const QString &text);
// Trimmed and in lower case, as providers compare addresses.
QString normalised(const QString &text);

} // namespace EmailAddress
