#pragma once

#include "member_client.h"
#include "workspace.h"

#include <memory>

class ApiSession;

// The member client that speaks the workspace's provider, at its addresses. The session is not
// owned and must outlive the client.
std::unique_ptr<MemberClient> makeMemberClient(const Workspace &workspace, ApiSession *session);
