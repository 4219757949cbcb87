#pragma once

#include "member_status.h"

#include <QCoreApplication>
#include <optional>

// The words a file's state column (ImportField::State) may hold, in common spellings, compared
// without regard to case, accents, spaces or hyphens:
//   active:      active, activate, reactivate, enabled, enable, yes, y, true, 1, member, current,
//                keep, aktiv, aktivieren, actif, activo, pending
//   deactivated: deactivated, deactivate, inactive, disabled, disable, suspended, no, n, false,
//                0, left, former, offboard, offboarded, remove, removed, cancelled, canceled,
//                expired, deaktiviert, deaktivieren, inaktiv, inactif, inactivo, unlisted
// An empty cell, and "unknown", ask for no state. So the "Account status" column of Roster's own
// member export (active, pending, deactivated, unknown, unlisted) imports again as it was.
class StateWords
{
    Q_DECLARE_TR_FUNCTIONS(StateWords)
public:
    // Active, Deactivated, or Unknown for a word that asks for no state; nullopt for a word it
    // does not know.
    static std::optional<MemberStatus> parse(QStringView text);
    // "active, deactivated, inactive, yes, no, …": for an error naming what may be written.
    static QString examples();
};
