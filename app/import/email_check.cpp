#include "email_check.h"

#include <QCoreApplication>

namespace {
constexpr qsizetype MaxLength = 254;
constexpr qsizetype MaxLocalLength = 64;
constexpr qsizetype MaxLabelLength = 63;

bool forbidden(char16_t c)
{
    if (c <= u' ' || c == 0x7F)
        return true;
    switch (c) {
    case u'(':
    case u')':
    case u'<':
    case u'>':
    case u'[':
    case u']':
    case u'\\':
    case u',':
    case u';':
    case u':':
    case u'"':
        return true;
    default:
        return c >= 0x80 && QChar(c).isSpace();
    }
}

bool labelCharacter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           c == u'-' || c >= 0x80;
}

bool validDomain(QStringView domain)
{
    qsizetype labels = 0;
    qsizetype start = 0;
    for (;;) {
        qsizetype end = domain.indexOf(u'.', start);
        if (end < 0)
            end = domain.size();
        const QStringView label = domain.sliced(start, end - start);
        if (label.isEmpty() || label.size() > MaxLabelLength || label.front() == u'-' ||
            label.back() == u'-')
            return false;
        bool allDigits = true;
        for (const QChar c : label) {
            if (!labelCharacter(c.unicode()))
                return false;
            allDigits = allDigits && c.isDigit();
        }
        ++labels;
        if (end == domain.size())
            return labels >= 2 && label.size() >= 2 && !allDigits;
        start = end + 1;
    }
}
} // namespace

EmailCheck::Problem EmailCheck::check(QStringView email)
{
    if (email.isEmpty())
        return Problem::Empty;
    if (email.size() > MaxLength)
        return Problem::TooLong;
    qsizetype at = -1;
    for (qsizetype i = 0; i < email.size(); ++i) {
        const char16_t c = email.at(i).unicode();
        if (c == u'@') {
            if (at >= 0)
                return Problem::SeveralAts;
            at = i;
        } else if (forbidden(c)) {
            return Problem::ForbiddenCharacter;
        }
    }
    if (at < 0)
        return Problem::NoAt;
    const QStringView local = email.first(at);
    if (local.isEmpty())
        return Problem::EmptyLocalPart;
    if (local.size() > MaxLocalLength)
        return Problem::LocalPartTooLong;
    if (local.front() == u'.' || local.back() == u'.' || local.contains(u".."))
        return Problem::MisplacedDot;
    return validDomain(email.sliced(at + 1)) ? Problem::None : Problem::BadDomain;
}

QString EmailCheck::describe(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return QCoreApplication::translate("EmailCheck", "it is empty");
    case Problem::TooLong:
        return QCoreApplication::translate("EmailCheck", "it is longer than %1 characters")
            .arg(MaxLength);
    case Problem::NoAt:
        return QCoreApplication::translate("EmailCheck", "it has no @");
    case Problem::SeveralAts:
        return QCoreApplication::translate("EmailCheck", "it has more than one @");
    case Problem::EmptyLocalPart:
        return QCoreApplication::translate("EmailCheck", "nothing comes before the @");
    case Problem::LocalPartTooLong:
        return QCoreApplication::translate("EmailCheck",
                                           "the part before the @ is longer than %1 characters")
            .arg(MaxLocalLength);
    case Problem::ForbiddenCharacter:
        return QCoreApplication::translate("EmailCheck",
                                           "it holds a space or one of ( ) < > [ ] \\ , ; : \"");
    case Problem::MisplacedDot:
        return QCoreApplication::translate(
            "EmailCheck", "the part before the @ starts or ends with a dot, or has two in a row");
    case Problem::BadDomain:
        return QCoreApplication::translate(
            "EmailCheck", "the part after the @ is not a domain name such as example.com");
    }
    return {};
}

QString EmailCheck::normalized(QStringView email)
{
    return email.trimmed().toString().toLower();
}
