#pragma once

#include "provider.h"

#include <QIcon>

// The mark of a provider's workspaces, drawn for Roster (resources/icons/provider-*.svg; no
// provider's own logo); with `warning`, a warning sign over its corner (a workspace that cannot
// connect).
QIcon providerIcon(Provider provider, bool warning = false);
