#pragma once

#include <QString>

// A fresh key for a provider's idempotency header (Forward's x-idempotency-key, at least 10
// characters): "roster-" and 32 hexadecimal digits from the system's random generator.
QString newIdempotencyKey();
