#pragma once

#include "member_sort.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>

// Runs MemberSort jobs on threads of their own, so that sorting a million members never holds
// up the GUI thread; each result comes back on the worker's thread, tagged with the ticket it
// was started with. Jobs are not interrupted: a result nobody wants any more is ignored.
class MemberSortWorker : public QObject
{
    Q_OBJECT
public:
    explicit MemberSortWorker(QObject *parent = nullptr);
    // Waits for the jobs under way.
    ~MemberSortWorker() override;

    void start(quint64 ticket, MemberSort::SortJob job);

Q_SIGNALS:
    void finished(quint64 ticket, const QList<quint32> &rows);

private:
    QList<QPointer<QThread>> m_threads;
};
