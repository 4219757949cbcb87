#pragma once

#include <QStringView>

// Where MemberValidator can keep the emails it has seen and the line of each, instead of its
// in-memory EmailIndex: a store on disk keeps a dry run's memory flat whatever the row count.
class EmailLineStore
{
public:
    virtual ~EmailLineStore() = default;
    // The line `email` (compared as EmailCheck::normalized()) was first seen on, or 0 if it is
    // new; a new email is recorded with `line`.
    virtual qint64 insert(QStringView email, qint64 line) = 0;
    virtual void clear() = 0;
};
