#include "member_row.h"

#include "sql_helpers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace MemberRow {

QString selectedColumns()
{
    return u"provider_member_id, email, display_name, first_name, last_name, status, role_id, "
           "role_name, group_set, bio, created_at, updated_at, last_synced_at, last_sign_in_at, "
           "never_signed_in, status_line, linkedin, twitter, instagram, avatar_url, is_admin"_s;
}

bool findWorkspaceKey(const QSqlDatabase &db, const QString &workspaceId, qint64 *key,
                      QString *detail)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!prepareSql(query, u"SELECT key FROM workspaces WHERE id = ?"_s, detail))
        return false;
    query.bindValue(0, workspaceId);
    if (!execSql(query, detail))
        return false;
    *key = query.next() ? query.value(0).toLongLong() : 0;
    if (query.lastError().isValid()) {
        setError(detail, sqlErrorText(query.lastError()));
        return false;
    }
    return true;
}

QString encodeGroups(const QList<MemberGroup> &groups)
{
    QJsonArray array;
    for (const MemberGroup &group : groups)
        array.append(QJsonArray{group.id, group.name});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::optional<QList<MemberGroup>> decodeGroups(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    QList<MemberGroup> groups;
    const QJsonArray array = document.array();
    groups.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonArray pair = value.toArray();
        if (pair.size() != 2 || !pair.at(0).isString() || !pair.at(1).isString())
            return std::nullopt;
        groups.append({pair.at(0).toString(), pair.at(1).toString()});
    }
    return groups;
}

QVariant timestampValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timestampFromValue(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QDateTime timestampFromMSecs(std::optional<qint64> msecs)
{
    return msecs ? QDateTime::fromMSecsSinceEpoch(*msecs, Qt::UTC) : QDateTime();
}

bool Decoder::groupSet(qint64 key, QList<MemberGroup> *groups, QString *problem)
{
    if (const auto cached = m_groupSets.constFind(key); cached != m_groupSets.cend()) {
        *groups = *cached;
        return true;
    }
    if (m_groupSetQuery.lastQuery().isEmpty()) {
        m_groupSetQuery = QSqlQuery(*m_db);
        m_groupSetQuery.setForwardOnly(true);
        if (!prepareSql(m_groupSetQuery, u"SELECT groups FROM group_sets WHERE key = ?"_s, problem))
            return false;
    }
    m_groupSetQuery.bindValue(0, key);
    if (!execSql(m_groupSetQuery, problem))
        return false;
    if (!m_groupSetQuery.next()) {
        *problem =
            m_groupSetQuery.lastError().isValid()
                ? sqlErrorText(m_groupSetQuery.lastError())
                : QCoreApplication::translate("MemberRow", "group set %1 is missing").arg(key);
        return false;
    }
    const QString text = m_groupSetQuery.value(0).toString();
    m_groupSetQuery.finish();
    std::optional<QList<MemberGroup>> parsed = decodeGroups(text);
    if (!parsed) {
        *problem = QCoreApplication::translate("MemberRow", "group set %1 is not a list of groups")
                       .arg(key);
        return false;
    }
    m_groupSets.insert(key, *parsed);
    *groups = std::move(*parsed);
    return true;
}

} // namespace MemberRow
