#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class RequestPacer;

// In the status bar: what the shown workspace's key has in flight and queued, and a pause the
// provider asked for ("3 in flight · 12 queued · paused 4 s by the provider").
class RequestActivity : public QWidget
{
    Q_OBJECT
public:
    explicit RequestActivity(QWidget *parent = nullptr);

    void setPacer(RequestPacer *pacer);

private:
    void refresh();

    QPointer<RequestPacer> m_pacer;
    QMetaObject::Connection m_connection;
    QLabel *m_text;
};
