#include "client_factory.h"

#include "beam_client.h"
#include "forward_client.h"
#include "heartbeat_client.h"

std::unique_ptr<MemberClient> makeMemberClient(const Workspace &workspace, ApiSession *session)
{
    switch (workspace.provider) {
    case Provider::Heartbeat:
        return std::make_unique<HeartbeatClient>(session, workspace.apiBaseUrl,
                                                 workspace.communityUrl);
    case Provider::Forward:
        return std::make_unique<ForwardClient>(session, workspace.apiBaseUrl, workspace.businessId);
    case Provider::Beam:
        return std::make_unique<BeamClient>(session, workspace.apiBaseUrl);
    }
    return nullptr;
}
