#pragma once

#include "remote_member.h"
#include "service_command.h"

#include <QElapsedTimer>

// roster-cli members sync --workspace NAME: the provider's full list replaces the local roster.
// How far it has read goes to stderr once a second; Ctrl+C cancels it and changes nothing.
class MembersSyncCommand : public ServiceCommand
{
    Q_OBJECT
public:
    using ServiceCommand::ServiceCommand;

protected:
    void declareOptions(QCommandLineParser &parser) override;
    void runWith(MemberService *service, const QCommandLineParser &parser) override;

private:
    static constexpr qint64 ProgressEveryMs = 1000;
    void showProgress(const ListingProgress &progress);

    QElapsedTimer m_sinceProgress;
};
