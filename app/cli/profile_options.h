#pragma once

#include "profile_field.h"
#include "provider.h"
#include "remote_member.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <optional>

// The profile options "member add" and "member edit" share, one per field and named by the
// field's id: --bio, --status, --linkedin, --twitter, --instagram and --picture FILE; on edit
// also the repeatable --clear FIELD.
class ProfileOptions
{
    Q_DECLARE_TR_FUNCTIONS(ProfileOptions)
public:
    static constexpr ProfileField Fields[] = {ProfileField::Bio,       ProfileField::StatusLine,
                                              ProfileField::LinkedIn,  ProfileField::Twitter,
                                              ProfileField::Instagram, ProfileField::Picture};

    // An option on the command line and the field it sets or clears: {"--status", StatusLine},
    // {"--clear bio", Bio}.
    struct Given
    {
        QString option;
        ProfileField field = ProfileField::None;
        bool cleared = false;
    };
    // A field's value: a link trimmed, "" for a cleared field, the picture as a data: URI.
    struct Value
    {
        ProfileField field = ProfileField::None;
        QString text;
    };

    static void declare(QCommandLineParser &parser);
    static void declareClear(QCommandLineParser &parser);

    // What needs no workspace: each link a full https:// URL, each --clear a field these
    // options set, no field both set and cleared. A problem for people, or nothing.
    static std::optional<QString> check(const QCommandLineParser &parser);
    // --introduce with --pending: a pending member gets no introduction thread. For the
    // commands that take both ("member add", "import").
    static std::optional<QString> checkIntroduce(const QCommandLineParser &parser);
    // The options given, in the order of Fields, then the --clear ones.
    static QList<Given> given(const QCommandLineParser &parser);
    // The given options into `target` (a NewMember or MemberChanges): refused when `taken` (the
    // provider's Capabilities::createFields() or editableFields()) lacks one of their fields,
    // "Forward takes first-name, last-name, email: leave out --status, --clear bio.", or when a
    // picture file cannot be read. The problem for people, or nothing.
    template <typename Target>
    static std::optional<QString> readInto(Provider provider, const QList<ProfileField> &taken,
                                           const QList<Given> &given,
                                           const QCommandLineParser &parser, Target &target);

private:
    static std::optional<QString> refuseUntaken(Provider provider, const QList<ProfileField> &taken,
                                                const QList<Given> &given);
    // Each field given and its value, the picture read from its file and made ready to send;
    // nothing, and `error` naming the file and what is wrong with it, when it cannot be.
    static std::optional<QList<Value>> values(const QCommandLineParser &parser, QString *error);

    static void apply(const QList<Value> &values, NewMember &member);
    static void apply(const QList<Value> &values, MemberChanges &changes);
};
