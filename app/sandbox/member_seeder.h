#pragma once

#include "sandbox_state.h"

// Fills a sandbox with realistic demo members: international names, addresses on reserved
// example domains, a mix of account states, Heartbeat roles and groups. A pure function of the
// state it starts from, the count and the seed (ids and times too, counted back from a fixed
// moment, not the clock), so demos, tests and a restarted sandbox see the same community.
class MemberSeeder
{
public:
    static void seed(SandboxState &state, int membersPerProvider, quint32 seed = 20261122);
};
