#pragma once

#include <QString>

// A role of the community (Heartbeat's GET /roles), which import rows name by id or by name.
struct RoleChoice
{
    QString id;
    QString name;
};
