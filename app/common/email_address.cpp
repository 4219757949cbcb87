#include "email_address.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("EmailAddress", text);
}

bool isLabelChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-';
}
} // namespace

namespace EmailAddress {

std::optional<QString> problem(const QString &text)
{
    const QString address = text.trimmed();
    if (address.isEmpty())
        return tr("The email address is empty.");
    for (const QChar c : address) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c == u'"' || c == u',' ||
            c == u'<' || c == u'>' || c == u';' || c == u'(' || c == u')' || c == u'[' ||
            c == u']' || c == u'\\')
            return tr("\"%1\" is not an email address: it contains a space or \"%2\".")
                .arg(address, QString(c.isSpace() ? u' ' : c));
    }
    const qsizetype at = address.lastIndexOf(u'@');
    if (at < 0)
        return tr("\"%1\" is not an email address: it has no @.").arg(address);
    if (address.indexOf(u'@') != at)
        return tr("\"%1\" is not an email address: it has more than one @.").arg(address);
    const QStringView local = QStringView(address).left(at);
    const QStringView domain = QStringView(address).mid(at + 1);
    if (local.isEmpty() || local.size() > 64)
        return tr("\"%1\" is not an email address: the part before the @ must have 1 to 64 "
                  "characters.")
            .arg(address);
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(u".."))
        return tr("\"%1\" is not an email address: a dot cannot start or end the part before "
                  "the @, or follow another dot.")
            .arg(address);
    if (domain.isEmpty() || domain.size() > 253)
        return tr("\"%1\" is not an email address: the domain after the @ is missing or too "
                  "long.")
            .arg(address);
    const QList<QStringView> labels = domain.split(u'.');
    if (labels.size() < 2)
        return tr("\"%1\" is not an email address: the domain \"%2\" has no dot.")
            .arg(address, domain.toString());
    for (const QStringView label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') ||
            label.endsWith(u'-') || !std::all_of(label.begin(), label.end(), isLabelChar))
            return tr("\"%1\" is not an email address: the domain \"%2\" is not a valid domain "
                      "name.")
                .arg(address, domain.toString());
    }
    return std::nullopt;
}

QString normalised(const QString &text)
{
    return text.trimmed().toLower();
}

} // namespace EmailAddress
