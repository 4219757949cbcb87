#pragma once

#include <QString>
#include <optional>

// An email address typed by a person (the command line, the member dialog), checked with
// EmailCheck's practical rules before it is sent anywhere; the provider has the last word.
namespace EmailAddress {

// Why `text` (trimmed) is not an email address, in a sentence naming it (translated), or nothing.
std::optional<QString> problem(const QString &text);

} // namespace EmailAddress
