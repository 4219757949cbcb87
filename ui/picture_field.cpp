#include "picture_field.h"

#include "avatar_cache.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {
struct ReadPicture
{
    std::optional<ProfilePicture::Prepared> picture;
    QSize original;
    QString error;
};

ReadPicture readPicture(const QString &path)
{
    ReadPicture read;
    read.original = QImageReader(path).size();
    read.picture = ProfilePicture::fromFile(path, &read.error);
    return read;
}

// The bytes a data: URI carries.
qint64 payloadBytes(const QString &dataUri)
{
    const qsizetype comma = dataUri.indexOf(u',');
    return comma < 0 ? 0 : (dataUri.size() - comma - 1) * 3 / 4;
}
} // namespace

PictureField::PictureField(bool editing, QWidget *parent)
    : QWidget(parent), m_editing(editing), m_state(editing ? State::Keep : State::Nothing),
      m_preview(new QLabel(this)), m_status(new QLabel(this)),
      m_choose(new QPushButton(tr("Choose &File…"), this)),
      m_remove(new QPushButton(tr("Re&move"), this)),
      m_keep(new QPushButton(tr("&Keep Current"), this))
{
    m_preview->setObjectName(u"picturePreview"_s);
    m_preview->setAccessibleName(tr("Picture as it will be sent"));
    m_preview->setFixedSize(PreviewSide, PreviewSide);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setFrameShadow(QFrame::Sunken);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setWordWrap(true);
    m_preview->setForegroundRole(QPalette::PlaceholderText);
    m_status->setObjectName(u"pictureStatus"_s);
    m_status->setAccessibleName(tr("About the picture"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_choose->setObjectName(u"choosePictureButton"_s);
    m_choose->setAccessibleName(tr("Choose a picture file"));
    m_remove->setObjectName(u"removePictureButton"_s);
    m_remove->setAccessibleName(tr("Remove the picture"));
    m_keep->setObjectName(u"keepPictureButton"_s);
    m_keep->setAccessibleName(tr("Keep the current picture"));

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_choose);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_keep);
    buttons->addStretch(1);
    auto *side = new QVBoxLayout;
    side->setContentsMargins(0, 0, 0, 0);
    side->addWidget(m_status);
    side->addLayout(buttons);
    side->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preview, 0, Qt::AlignTop);
    layout->addLayout(side, 1);
    setFocusProxy(m_choose);

    connect(m_choose, &QPushButton::clicked, this, &PictureField::openFileDialog);
    connect(m_remove, &QPushButton::clicked, this, &PictureField::remove);
    connect(m_keep, &QPushButton::clicked, this, &PictureField::keepCurrent);
    refresh();
}

std::optional<QString> PictureField::change() const
{
    switch (m_state) {
    case State::Nothing:
    case State::Keep:
        return std::nullopt;
    case State::New:
        return m_picture->dataUri;
    case State::Remove:
        return QString();
    }
    return std::nullopt;
}

QImage PictureField::image() const
{
    return m_state == State::New ? m_picture->image : QImage();
}

void PictureField::setBusy(bool busy)
{
    m_busy = busy;
    refresh();
}

void PictureField::showCurrent(AvatarCache *cache, const QString &url)
{
    if (!m_editing || !cache || url.isEmpty())
        return;
    m_avatars = cache;
    m_avatarUrl = url;
    connect(cache, &AvatarCache::avatarReady, this, [this](const QString &ready) {
        if (ready == m_avatarUrl)
            refresh();
    });
    refresh();
}

void PictureField::openFileDialog()
{
    if (m_folder.isEmpty())
        m_folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    auto *dialog = new QFileDialog(this, tr("Choose a Profile Picture"), m_folder);
    dialog->setObjectName(u"pictureFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Pictures (*.png *.jpg *.jpeg *.gif)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_folder = QFileInfo(path).absolutePath();
        choose(path);
    });
    dialog->open();
}

void PictureField::choose(const QString &path)
{
    const int generation = ++m_generation;
    m_reading = true;
    m_problem.clear();
    m_status->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    refresh();
    auto *watcher = new QFutureWatcher<ReadPicture>(this);
    connect(watcher, &QFutureWatcher<ReadPicture>::finished, this,
            [this, watcher, generation, path] {
                watcher->deleteLater();
                const ReadPicture read = watcher->result();
                onRead(generation, path, read.picture, read.original, read.error);
            });
    watcher->setFuture(QtConcurrent::run(readPicture, path));
}

void PictureField::onRead(int generation, const QString &path,
                          const std::optional<ProfilePicture::Prepared> &picture,
                          const QSize &original, const QString &error)
{
    if (generation != m_generation)
        return; // another file was chosen meanwhile
    m_reading = false;
    if (!picture) {
        m_problem = error;
        refresh();
        Q_EMIT changed();
        return;
    }
    m_picture = picture;
    const QSize sent = picture->image.size();
    const QString bytes = QLocale().formattedDataSize(payloadBytes(picture->dataUri));
    const QString name = QFileInfo(path).fileName();
    const auto number = [](int value) { return QString::number(value); };
    m_description = sent == original
                        ? tr("%1, %2 × %3 pixels: sent as it is (%4).")
                              .arg(name, number(sent.width()), number(sent.height()), bytes)
                        : tr("%1, %2 × %3 pixels: sent as %4 × %5 (%6).")
                              .arg(name, number(original.width()), number(original.height()),
                                   number(sent.width()), number(sent.height()), bytes);
    setState(State::New);
}

void PictureField::remove()
{
    setState(m_editing ? State::Remove : State::Nothing);
}

void PictureField::keepCurrent()
{
    if (m_editing)
        setState(State::Keep);
}

void PictureField::setState(State state)
{
    ++m_generation; // a file still being read no longer counts
    m_reading = false;
    m_state = state;
    m_problem.clear();
    if (state != State::New)
        m_picture.reset();
    refresh();
    Q_EMIT changed();
}

void PictureField::refresh()
{
    if (m_state == State::New) {
        const qreal ratio = devicePixelRatioF();
        QPixmap pixmap = QPixmap::fromImage(
            m_picture->image.scaled(QSize(PreviewSide - 4, PreviewSide - 4) * ratio,
                                    Qt::KeepAspectRatio, Qt::SmoothTransformation));
        pixmap.setDevicePixelRatio(ratio);
        m_preview->setPixmap(pixmap);
    } else if (const QPixmap current =
                   m_state == State::Keep && m_avatars
                       ? m_avatars->pixmap(m_avatarUrl, PreviewSide - 8, devicePixelRatioF())
                       : QPixmap();
               !current.isNull()) {
        m_preview->setPixmap(current);
    } else {
        m_preview->setText(m_state == State::Keep ? tr("Current picture") : tr("No picture"));
    }
    if (!isReading()) {
        switch (m_state) {
        case State::Nothing:
            m_status->setText(tr("Optional: a PNG, JPEG or GIF file, made smaller to at most "
                                 "%1 × %1 pixels.")
                                  .arg(QString::number(ProfilePicture::MaxSide)));
            break;
        case State::Keep:
            m_status->setText(tr("The member's current picture stays."));
            break;
        case State::New:
            m_status->setText(m_description);
            break;
        case State::Remove:
            m_status->setText(tr("The member's picture is removed when you save."));
            break;
        }
    }
    m_choose->setEnabled(!m_busy);
    m_remove->setEnabled(!m_busy &&
                         (m_state == State::New || m_state == State::Keep || !m_problem.isEmpty()));
    m_keep->setVisible(m_editing);
    m_keep->setEnabled(!m_busy && m_state != State::Keep);
}
