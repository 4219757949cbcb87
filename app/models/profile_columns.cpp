#include "profile_columns.h"

namespace {
constexpr quint8 TextFlags[] = {ProfileColumns::StatusLineTold, ProfileColumns::LinkedInTold,
                                ProfileColumns::TwitterTold, ProfileColumns::InstagramTold};

std::optional<QString> ProfileExtras::*const Texts[] = {
    &ProfileExtras::statusLine, &ProfileExtras::linkedin, &ProfileExtras::twitter,
    &ProfileExtras::instagram};

// Ends the text appended to `buffer` from `start` on: a U+0000 inside becomes U+FFFD, then one
// U+0000 follows.
void endText(QString *buffer, qsizetype start)
{
    for (qsizetype i = start; i < buffer->size(); ++i) {
        if (buffer->at(i) == QChar(u'\0'))
            (*buffer)[i] = QChar::ReplacementCharacter;
    }
    buffer->append(QChar(u'\0'));
}

size_t hashOf(std::string_view url)
{
    return qHash(QByteArrayView(url.data(), qsizetype(url.size())));
}
} // namespace

ProfileColumns::ProfileColumns()
{
    m_avatarUrls.append({});
    m_avatarIndex.insert(hashOf({}), 0);
}

QString ProfileColumns::avatarUrl(qsizetype row) const
{
    const std::string_view url = avatarUrlUtf8(row);
    return QString::fromUtf8(url.data(), qsizetype(url.size()));
}

quint8 ProfileColumns::flagsOf(const ProfileExtras &extras)
{
    quint8 flags = extras.isAdmin ? Admin : 0;
    for (int i = 0; i < 4; ++i) {
        if (extras.*Texts[i])
            flags |= TextFlags[i];
    }
    return flags;
}

QString ProfileColumns::packed(const ProfileExtras &extras)
{
    QString text;
    for (const auto field : Texts) {
        if (const std::optional<QString> &value = extras.*field) {
            const qsizetype start = text.size();
            text += *value;
            endText(&text, start);
        }
    }
    return text;
}

ProfileExtras ProfileColumns::extras(qsizetype row) const
{
    ProfileExtras extras;
    const quint8 flags = m_flags.at(row);
    extras.isAdmin = flags & Admin;
    extras.avatarUrl = avatarUrl(row);
    QStringView texts = toStringView(m_texts.at(row));
    for (int i = 0; i < 4; ++i) {
        if (!(flags & TextFlags[i]))
            continue;
        const qsizetype end = texts.indexOf(QChar(u'\0'));
        extras.*Texts[i] = texts.left(end).toString();
        texts = texts.mid(end + 1);
    }
    return extras;
}

void ProfileColumns::reserve(qsizetype rows)
{
    m_flags.reserve(rows);
    m_texts.reserve(rows, 0);
    m_avatarOf.reserve(rows);
}

bool ProfileColumns::hasRoomFor(const ProfileExtras &extras) const
{
    qsizetype texts = 0;
    for (const auto field : Texts)
        texts += (extras.*field).value_or(QString()).size() + 1;
    // A URL takes at most three UTF-8 bytes a UTF-16 unit.
    return m_texts.hasRoomFor(texts) && m_avatarUrls.hasRoomFor(3 * extras.avatarUrl.size());
}

quint32 ProfileColumns::internAvatar(std::string_view url)
{
    if (m_avatarUrls.at(m_lastAvatar) == url)
        return m_lastAvatar;
    const size_t hash = hashOf(url);
    for (auto it = m_avatarIndex.constFind(hash); it != m_avatarIndex.cend() && it.key() == hash;
         ++it) {
        if (m_avatarUrls.at(*it) == url)
            return m_lastAvatar = *it;
    }
    m_lastAvatar = quint32(m_avatarUrls.rowCount());
    m_avatarUrls.append(url);
    m_avatarIndex.insert(hash, m_lastAvatar);
    return m_lastAvatar;
}

bool ProfileColumns::append(const ProfileExtras &extras)
{
    if (!hasRoomFor(extras) || !m_texts.append(toU16View(packed(extras))))
        return false;
    m_flags.append(flagsOf(extras));
    const QByteArray url = extras.avatarUrl.toUtf8();
    m_avatarOf.append(internAvatar(std::string_view(url.constData(), size_t(url.size()))));
    return true;
}

bool ProfileColumns::appendUtf8(quint8 flags, const std::string_view (&texts)[4],
                                std::string_view avatarUrl)
{
    if (!m_avatarUrls.hasRoomFor(qsizetype(avatarUrl.size())))
        return false;
    const bool fits = m_texts.appendWritten([&](QString *buffer) {
        for (int i = 0; i < 4; ++i) {
            if (flags & TextFlags[i]) {
                const qsizetype start = buffer->size();
                ::appendUtf8(texts[i], buffer);
                endText(buffer, start);
            }
        }
    });
    if (!fits)
        return false;
    m_flags.append(flags & (StatusLineTold | LinkedInTold | TwitterTold | InstagramTold | Admin));
    m_avatarOf.append(internAvatar(avatarUrl));
    return true;
}

bool ProfileColumns::replace(qsizetype row, const ProfileExtras &extras)
{
    if (!hasRoomFor(extras) || !m_texts.replace(row, toU16View(packed(extras))))
        return false;
    m_flags[row] = flagsOf(extras);
    const QByteArray url = extras.avatarUrl.toUtf8();
    m_avatarOf[row] = internAvatar(std::string_view(url.constData(), size_t(url.size())));
    return true;
}

void ProfileColumns::remove(qsizetype row)
{
    m_flags.remove(row);
    m_texts.remove(row);
    m_avatarOf.remove(row);
}

qsizetype ProfileColumns::bytesUsed() const
{
    return m_flags.size() + m_texts.bytesUsed() + m_avatarOf.size() * qsizetype(sizeof(quint32)) +
           m_avatarUrls.bytesUsed() +
           m_avatarIndex.size() * qsizetype(sizeof(size_t) + sizeof(quint32));
}

qsizetype ProfileColumns::bytesAllocated() const
{
    return m_flags.capacity() + m_texts.bytesAllocated() +
           m_avatarOf.capacity() * qsizetype(sizeof(quint32)) + m_avatarUrls.bytesAllocated() +
           m_avatarIndex.size() * qsizetype(sizeof(size_t) + sizeof(quint32));
}
