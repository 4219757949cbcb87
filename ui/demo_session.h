#pragma once

#include "roster_context.h"

class DemoEnvironment;

// The window's run on the demo: the demo's throwaway files, and its key for this session only.
namespace DemoSession {

RosterPaths paths(const DemoEnvironment &demo);
// After RosterContext::open(): the demo key for each demo workspace, known to the log's
// redactor too.
void giveKeys(RosterContext &context, const DemoEnvironment &demo);

} // namespace DemoSession
