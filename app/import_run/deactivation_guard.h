#pragma once

#include <QCoreApplication>
#include <QString>

// Whether a run deactivates so many members that a plain yes is not enough: a wrong file (last
// year's export, a filtered list) would otherwise offboard half a community in one click. Above
// the limit the window asks the admin to type the number, and roster-cli wants
// --max-deactivations to allow it besides --yes.
//
// The limit is the admin's own number of members when they set one (Preferences,
// --max-deactivations N), else the default rule: 10% of the workspace's active members or 25
// members, whichever is larger.
class DeactivationGuard
{
    Q_DECLARE_TR_FUNCTIONS(DeactivationGuard)
public:
    static constexpr qint64 DefaultPercent = 10;
    static constexpr qint64 DefaultMinimum = 25;

    // `activeMembers`: the workspace's active members before the run. `explicitLimit`: the
    // admin's own limit in members; 0 (or less): none, the default rule.
    explicit DeactivationGuard(qint64 activeMembers, qint64 explicitLimit = 0);

    // 10% of `activeMembers` (rounded down) or DefaultMinimum, whichever is larger.
    static qint64 defaultThreshold(qint64 activeMembers);

    qint64 activeMembers() const { return m_activeMembers; }
    // The most deactivations a plain yes may take.
    qint64 limit() const;
    bool isExplicit() const { return m_explicitLimit > 0; }

    // More than limit(): the admin must type the number (or, in roster-cli, allow it with
    // --max-deactivations).
    bool needsTypedConsent(qint64 deactivations) const;

    // "This run deactivates 60 of 100 active members, more than the limit of 25."
    QString excessText(qint64 deactivations) const;
    // Where the limit comes from: "The default limit is 10% of the active members or 25,
    // whichever is larger." / "You set the limit to 40 members."
    QString ruleText() const;

private:
    qint64 m_activeMembers;
    qint64 m_explicitLimit;
};
