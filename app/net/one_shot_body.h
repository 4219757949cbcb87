#pragma once

#include <QIODevice>

// A request body that can be read once and never rewound. Qt's HTTP stack resends a request
// by itself when a connection closes before the answer, even a POST, but only if it can rewind
// the upload: with this body it cannot, so a call that must not be repeated is sent once.
class OneShotBody : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};
