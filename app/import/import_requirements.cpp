#include "import_requirements.h"

#include "capabilities.h"

bool ImportRequirements::uses(Provider provider, ImportField field)
{
    switch (field) {
    case ImportField::Email:
    case ImportField::Name:
    case ImportField::FirstName:
    case ImportField::LastName:
    case ImportField::State:
        return true;
    default:
        break;
    }
    const Capabilities can = Capabilities::of(provider, false);
    return can.canCreateWith(profileFieldOf(field)) || can.canEdit(profileFieldOf(field));
}

QStringList ImportRequirements::missingFields(Provider provider, const ColumnMapping &mapping,
                                              bool emailsOnly)
{
    QStringList missing;
    const QString name = providerDisplayName(provider);
    if (!mapping.provides(ImportField::Email))
        missing.append(tr("%1 needs an email address: choose the column that holds it").arg(name));
    if (emailsOnly)
        return missing;
    const bool full = mapping.provides(ImportField::Name);
    const bool first = mapping.provides(ImportField::FirstName);
    const bool last = mapping.provides(ImportField::LastName);
    if (provider == Provider::Heartbeat) {
        if (!full && !first && !last)
            missing.append(tr("%1 needs a name: choose a Full name column, or First name and "
                              "Last name columns")
                               .arg(name));
        if (!mapping.provides(ImportField::Role))
            missing.append(tr("%1 needs a role for every member: choose a Role column, or give "
                              "one role for the whole file")
                               .arg(name));
        return missing;
    }
    if (!first && !full)
        missing.append(tr("%1 needs a first name: choose a First name column, or a Full name "
                          "column to split")
                           .arg(name));
    if (!last && !full)
        missing.append(tr("%1 needs a last name: choose a Last name column, or a Full name "
                          "column to split")
                           .arg(name));
    return missing;
}

QStringList ImportRequirements::ignoredColumns(Provider provider, const ColumnMapping &mapping,
                                               const QStringList &header)
{
    QStringList ignored;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const std::optional<ImportField> field = mapping.fieldOf(i);
        if (!field || uses(provider, *field))
            continue;
        ignored.append(
            tr("%1 keeps no field “%2”: column “%3” is not imported")
                .arg(providerDisplayName(provider), importFieldDisplayName(*field), header.at(i)));
    }
    return ignored;
}
