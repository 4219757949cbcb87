#pragma once

#include <QString>

// A full name split for providers that want first and last names (Forward, Beam.gg). The last
// name is the last word, together with the particles before it that begin a surname in lower
// case ("van", "de", "von der", ...): "Ludwig van Beethoven" is Ludwig + van Beethoven, "Mary Ann
// Evans" is Mary Ann + Evans. A single word is a first name with an empty last name.
namespace PersonName {

struct Parts
{
    QString first;
    QString last;
};

Parts split(const QString &fullName);
// First and last names joined with one space, for providers that want one name (Heartbeat).
QString join(const QString &first, const QString &last);

} // namespace PersonName
