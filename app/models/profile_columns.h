#pragma once

#include "profile_extras.h"
#include "text_column.h"

#include <QList>
#include <QMultiHash>
#include <string_view>

// The profile fields of MemberStorage's members that a provider may not tell (ProfileExtras),
// row by row, compact at a million members however many of the values are a member's own: a
// byte of flags (which optional texts were told; admin), the told texts in one UTF-16 column
// (nothing for a member with none, most of them), and the picture's URL as an index into a
// table of the distinct URLs in UTF-8 (most Heartbeat members share its placeholder; a picture
// of one's own has a URL of its own). 13 bytes a member plus the texts of their own, where
// interning whole ProfileExtras would cost a ProfileExtras and its strings for each member with
// a link or a picture of their own.
class ProfileColumns
{
public:
    // The bits of a row's flags, as the store's bulk read gives them
    // (MemberRowBytes::profileFlags).
    enum Flag : quint8
    {
        StatusLineTold = 1,
        LinkedInTold = 2,
        TwitterTold = 4,
        InstagramTold = 8,
        Admin = 16,
    };

    ProfileColumns();

    qsizetype rowCount() const { return m_flags.size(); }
    ProfileExtras extras(qsizetype row) const;
    bool isAdmin(qsizetype row) const { return m_flags.at(row) & Admin; }
    QString avatarUrl(qsizetype row) const;
    // Indexes into the table of distinct picture URLs (0: none), and that table in UTF-8 (whose
    // byte order is the code points' order).
    quint32 avatarIndex(qsizetype row) const { return m_avatarOf.at(row); }
    std::string_view avatarUrlUtf8(qsizetype row) const
    {
        return m_avatarUrls.at(avatarIndex(row));
    }
    // Whole columns, for sorts on another thread (shallow copies, as MemberStorage's).
    const QList<quint8> &flagsColumn() const { return m_flags; }
    const QList<quint32> &avatarColumn() const { return m_avatarOf; }
    const Utf8Column &avatarUrls() const { return m_avatarUrls; }

    void reserve(qsizetype rows);
    // Whether append() or replace() of `extras` fits (TextColumn::MaxCharacters).
    bool hasRoomFor(const ProfileExtras &extras) const;
    bool append(const ProfileExtras &extras);
    // A row as the store's bulk read gives it: its flags, the four optional texts in UTF-8 in
    // the order of the flags (those not told are ignored) and the picture's URL.
    bool appendUtf8(quint8 flags, const std::string_view (&texts)[4], std::string_view avatarUrl);
    bool replace(qsizetype row, const ProfileExtras &extras);
    void remove(qsizetype row);

    qsizetype bytesUsed() const;
    qsizetype bytesAllocated() const;

private:
    // The told texts, each followed by U+0000 (a U+0000 inside one becomes U+FFFD); nothing
    // when none is told.
    static QString packed(const ProfileExtras &extras);
    static quint8 flagsOf(const ProfileExtras &extras);
    // The index of `url` in the table, added when new; the last row's URL is recognised
    // without a look-up.
    quint32 internAvatar(std::string_view url);

    QList<quint8> m_flags;
    Utf16Column m_texts;
    QList<quint32> m_avatarOf;
    Utf8Column m_avatarUrls;
    // Picture URLs by their hash.
    QMultiHash<size_t, quint32> m_avatarIndex;
    quint32 m_lastAvatar = 0;
};
