#pragma once

#include "sandbox_state.h"

// Fills a sandbox with realistic demo members: international names, addresses on reserved
// example domains, a mix of account states, Heartbeat roles and groups. Deterministic for a
// given seed, so demos and tests see the same community every time.
class MemberSeeder
{
public:
    static void seed(SandboxState &state, int membersPerProvider, quint32 seed = 20261122);
};
