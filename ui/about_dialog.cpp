#include "about_dialog.h"

#include "app_icon.h"
#include "keychain_backend.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int IconSize = 96;

QLabel *selectableLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QString qtVersionText()
{
    const QString running = QString::fromLatin1(qVersion());
    const QString built = QStringLiteral(QT_VERSION_STR);
    if (running == built)
        return running;
    return AboutDialog::tr("%1 (built against %2)").arg(running, built);
}
} // namespace

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Roster"));

    auto *icon = new QLabel(this);
    icon->setObjectName(u"aboutIcon"_s);
    icon->setPixmap(AppIcon::scalable(IconSize, devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    icon->setAccessibleName(tr("Roster's icon"));

    auto *title = selectableLabel(u"Roster"_s, u"aboutTitleLabel"_s, this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *version = selectableLabel(tr("Version %1").arg(QStringLiteral(ROSTER_VERSION)),
                                    u"aboutVersionLabel"_s, this);
    auto *description = selectableLabel(
        tr("The admin console for communities whose members sign in without passwords."),
        u"aboutDescriptionLabel"_s, this);
    auto *licence = selectableLabel(
        tr("Roster is free software under the <a href=\"%1\">GNU General Public License, "
           "version 3 or later</a>. It comes with no warranty.")
            .arg(u"https://www.gnu.org/licenses/gpl-3.0.html"_s),
        u"aboutLicenceLabel"_s, this);
    licence->setTextFormat(Qt::RichText);
    licence->setTextInteractionFlags(Qt::TextBrowserInteraction);
    licence->setOpenExternalLinks(true);

    m_qt = selectableLabel(qtVersionText(), u"aboutQtLabel"_s, this);
    m_keychain = selectableLabel(tr("looking…"), u"aboutKeychainLabel"_s, this);
    m_system = selectableLabel(QSysInfo::prettyProductName(), u"aboutSystemLabel"_s, this);
    auto *facts = new QFormLayout;
    facts->addRow(tr("Qt:"), m_qt);
    facts->addRow(tr("Keychain:"), m_keychain);
    facts->addRow(tr("System:"), m_system);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(version);
    text->addSpacing(8);
    text->addWidget(description);
    text->addWidget(licence);
    text->addSpacing(8);
    text->addLayout(facts);
    text->addStretch();

    auto *body = new QHBoxLayout;
    body->addWidget(icon);
    body->addSpacing(12);
    body->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(u"closeButton"_s);
    close->setAccessibleName(tr("Close"));
    QPushButton *copy = buttons->addButton(tr("Cop&y details"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"copyDetailsButton"_s);
    copy->setAccessibleName(tr("Copy details"));
    copy->setToolTip(tr("Copies the version, Qt's version, the keychain and the system, for a "
                        "support request."));
    copy->setAutoDefault(false);
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(details()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    // The wrapped labels' own size hints would make the dialog taller than it needs to be.
    adjustSize();
    if (const int height = heightForWidth(width()); height > 0)
        resize(width(), height);

    auto *backend = new KeychainBackend(this);
    backend->find(
        [this](KeychainBackend::Kind kind) { m_keychain->setText(KeychainBackend::name(kind)); });
}

QString AboutDialog::details() const
{
    return QStringList{u"Roster %1"_s.arg(QStringLiteral(ROSTER_VERSION)),
                       tr("Qt:") + u' ' + m_qt->text(), tr("Keychain:") + u' ' + m_keychain->text(),
                       tr("System:") + u' ' + m_system->text()}
        .join(u'\n');
}
