#include "deactivation_guard.h"

#include <QLocale>
#include <algorithm>
#include <limits>

namespace {
int forPlural(qint64 n)
{
    return int(std::clamp<qint64>(n, 0, std::numeric_limits<int>::max()));
}
} // namespace

DeactivationGuard::DeactivationGuard(qint64 activeMembers, qint64 explicitLimit)
    : m_activeMembers(std::max<qint64>(activeMembers, 0)),
      m_explicitLimit(std::max<qint64>(explicitLimit, 0))
{}

qint64 DeactivationGuard::defaultThreshold(qint64 activeMembers)
{
    return std::max(std::max<qint64>(activeMembers, 0) * DefaultPercent / 100, DefaultMinimum);
}

qint64 DeactivationGuard::limit() const
{
    return isExplicit() ? m_explicitLimit : defaultThreshold(m_activeMembers);
}

bool DeactivationGuard::needsTypedConsent(qint64 deactivations) const
{
    return deactivations > limit();
}

QString DeactivationGuard::excessText(qint64 deactivations) const
{
    const QLocale locale;
    return tr("This run deactivates %1 of %Ln active members, more than the limit of %2.", nullptr,
              forPlural(m_activeMembers))
        .arg(locale.toString(deactivations), locale.toString(limit()));
}

QString DeactivationGuard::ruleText() const
{
    if (isExplicit())
        return tr("You set the limit to %Ln members.", nullptr, forPlural(m_explicitLimit));
    return tr("The default limit is %1% of the active members or %2, whichever is larger.")
        .arg(DefaultPercent)
        .arg(DefaultMinimum);
}
