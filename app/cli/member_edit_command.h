#pragma once

#include "remote_member.h"
#include "service_command.h"

// roster-cli member edit EMAIL --workspace NAME [--name ... --first-name ... --last-name ...
//   --email ... --add-group ... --remove-group ...] [the profile options: --bio, --status,
//   --linkedin, --twitter, --instagram, --picture, --clear FIELD]: only fields the provider can
// change (Capabilities::editableFields()), and of those only what differs from the member as
// the provider has them now.
class MemberEditCommand : public ServiceCommand
{
    Q_OBJECT
public:
    using ServiceCommand::ServiceCommand;

protected:
    void declareOptions(QCommandLineParser &parser) override;
    std::optional<QString> checkUsage(const QCommandLineParser &parser) const override;
    void runWith(MemberService *service, const QCommandLineParser &parser) override;
    bool changesMembers(const QCommandLineParser &) const override { return true; }

private:
    void resolveGroups(MemberService *service, const QStringList &adds, const QStringList &removes);
    void lookUp(MemberService *service);
    void update(MemberService *service, const MemberChanges &changes);

    QString m_email;
    MemberChanges m_changes;
};
