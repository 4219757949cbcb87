#pragma once

#include "profile_picture.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class AvatarCache;

class QLabel;
class QPushButton;

// A member's profile picture in a form: a PNG, JPEG or GIF file chosen with a file dialog, read
// and made smaller on a worker thread (ProfilePicture::fromFile), and shown as it will be sent;
// Remove takes it away, and on an edit Keep Current leaves the member's picture as it is. Why a
// file cannot be sent is problem(), for the note under the field; the choice before it stays.
class PictureField : public QWidget
{
    Q_OBJECT
public:
    static constexpr int PreviewSide = 88;

    // `editing`: the member has a picture the field keeps until told otherwise.
    explicit PictureField(bool editing, QWidget *parent = nullptr);

    // What to send: nothing when unchanged, a data: URI for a new picture, or an empty string
    // to remove the member's picture (edit only).
    std::optional<QString> change() const;
    // The picture as it will be sent; null without a new one.
    QImage image() const;
    QString problem() const { return m_problem; }
    bool isReading() const { return m_reading; }
    QPushButton *chooseButton() const { return m_choose; }
    void setBusy(bool busy);
    // Edit: shows the member's picture at `url` (the provider's avatar), fetched by `cache`
    // in the background, while it is kept.
    void showCurrent(AvatarCache *cache, const QString &url);

public Q_SLOTS:
    // Opens the file dialog (non-blocking); a file chosen there is read with choose().
    void openFileDialog();
    // Reads `path` as the new picture; changed() follows once it is read.
    void choose(const QString &path);
    void remove();
    void keepCurrent();

Q_SIGNALS:
    void changed();

private:
    enum class State
    {
        Nothing, // add: no picture
        Keep,    // edit: the member's picture stays
        New,
        Remove // edit: the member's picture goes
    };
    void setState(State state);
    void onRead(int generation, const QString &path,
                const std::optional<ProfilePicture::Prepared> &, const QSize &original,
                const QString &error);
    void refresh();

    bool m_editing;
    QPointer<AvatarCache> m_avatars;
    QString m_avatarUrl;
    State m_state;
    std::optional<ProfilePicture::Prepared> m_picture;
    QString m_description;
    QString m_problem;
    bool m_reading = false;
    int m_generation = 0;
    bool m_busy = false;
    QLabel *m_preview;
    QLabel *m_status;
    QPushButton *m_choose;
    QPushButton *m_remove;
    QPushButton *m_keep;
    // Where the file dialog opens: where the last picture came from.
    QString m_folder;
};
