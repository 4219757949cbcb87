#include "import_file_page.h"

#include "csv_input_file.h"
#include "import_journal.h"
#include "import_text.h"
#include "import_wizard_context.h"
#include "inline_message.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ImportFilePage::ImportFilePage(ImportWizardContext &context, QWidget *parent)
    : QWizardPage(parent), m_context(context), m_path(new QLineEdit(this)),
      m_browse(new QPushButton(tr("&Browse…"), this)), m_info(new QLabel(this)),
      m_dropArea(new QLabel(this)), m_message(new InlineMessage(this))
{
    setObjectName(u"importFilePage"_s);
    setTitle(tr("Choose a File"));
    const Workspace &workspace = context.service->workspace();
    setSubTitle(tr("The CSV file of members to import into %1 (%2). Nothing is sent until the "
                   "last step.")
                    .arg(workspace.name, providerDisplayName(workspace.provider)));
    setAcceptDrops(true);

    auto *label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_path);
    m_path->setObjectName(u"fileEdit"_s);
    m_path->setAccessibleName(tr("CSV file"));
    m_path->setPlaceholderText(tr("/path/to/members.csv"));
    m_path->setClearButtonEnabled(true);
    m_browse->setObjectName(u"browseButton"_s);
    m_browse->setAccessibleName(tr("Choose the file"));
    m_browse->setAutoDefault(false);
    m_info->setObjectName(u"fileInfoLabel"_s);
    m_info->setAccessibleName(tr("About the file"));
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(u"fileMessage"_s);
    m_message->setAccessibleName(tr("A problem with the file"));

    m_dropArea->setObjectName(u"dropArea"_s);
    m_dropArea->setAccessibleName(tr("Drop a file here"));
    m_dropArea->setFrameShape(QFrame::StyledPanel);
    m_dropArea->setFrameShadow(QFrame::Sunken);
    m_dropArea->setAlignment(Qt::AlignCenter);
    m_dropArea->setWordWrap(true);
    m_dropArea->setMinimumHeight(160);
    m_dropArea->setMargin(16);
    m_dropArea->setAutoFillBackground(true);
    m_dropArea->setBackgroundRole(QPalette::Base);
    showDropTarget(false);

    auto *hint = new QLabel(tr("Excel's “CSV UTF-8” and “CSV” files are read as they are: "
                               "commas, semicolons or tabs, Windows-1252 or UTF-8, with or "
                               "without a header row. The next step shows how the file reads."),
                            this);
    hint->setObjectName(u"dropHintLabel"_s);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *grid = new QGridLayout;
    grid->addWidget(label, 0, 0);
    grid->addWidget(m_path, 0, 1);
    grid->addWidget(m_browse, 0, 2);
    grid->addWidget(m_info, 1, 1, 1, 2);
    grid->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_message);
    layout->addSpacing(8);
    layout->addWidget(m_dropArea, 1);
    layout->addSpacing(8);
    layout->addWidget(hint);
    // Takes the room the drop area leaves once a file is chosen.
    layout->addStretch(0);

    connect(m_browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_message->clear();
        describeFile();
        updateDropArea();
        Q_EMIT completeChanged();
    });
    describeFile();
}

void ImportFilePage::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

void ImportFilePage::browse()
{
    const QFileInfo current(m_path->text());
    const QString folder = current.exists()
                               ? current.absolutePath()
                               : QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
    auto *dialog = new QFileDialog(this, tr("Choose a CSV File"), folder,
                                   tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    dialog->setObjectName(u"chooseFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this, &ImportFilePage::setPath);
    dialog->open();
}

void ImportFilePage::describeFile()
{
    const QString path = m_path->text().trimmed();
    const QFileInfo info(path);
    if (path.isEmpty()) {
        m_info->setText(tr("No file chosen yet."));
        return;
    }
    if (!info.exists()) {
        m_info->setText(tr("There is no file %1.").arg(path));
        return;
    }
    // A pipe, a device or a socket: reading it would block or never end.
    if (const std::optional<QString> refused = CsvInputFile::problem(path)) {
        m_info->setText(*refused);
        return;
    }
    if (!info.isFile()) {
        m_info->setText(tr("%1 is not a file.").arg(path));
        return;
    }
    if (!info.isReadable()) {
        m_info->setText(tr("%1 cannot be read (permissions).").arg(path));
        return;
    }
    if (info.size() == 0) {
        m_info->setText(tr("%1 is empty.").arg(info.fileName()));
        return;
    }
    m_info->setText(tr("%1: %2, changed %3")
                        .arg(info.fileName(), ImportText::fileSize(info.size()),
                             QLocale().toString(info.lastModified(), QLocale::ShortFormat)));
}

void ImportFilePage::updateDropArea()
{
    showDropTarget(false);
}

bool ImportFilePage::isComplete() const
{
    const QFileInfo info(m_path->text().trimmed());
    return info.isFile() && info.isReadable() && info.size() > 0;
}

bool ImportFilePage::validatePage()
{
    const QString file = QFileInfo(m_path->text().trimmed()).absoluteFilePath();
    QString error;
    const std::optional<ImportRunInfo> unfinished =
        ImportJournal(*m_context.database).unfinishedRun(m_context.service->workspace().id, &error);
    if (!error.isEmpty()) {
        m_message->showMessage(InlineMessage::Type::Error, error);
        return false;
    }
    if (unfinished && unfinished->filePath == file &&
        unfinished->state == ImportRunState::Running) {
        m_message->showMessage(InlineMessage::Type::Warning,
                               tr("An import of this file stopped half-way. Carry it on, so "
                                  "that no member is created twice; once it has finished, you "
                                  "can import the file again."));
        const qint64 runId = unfinished->id;
        QPushButton *resume = m_message->addButton(tr("&Resume It"), u"resumeRunButton"_s);
        connect(resume, &QPushButton::clicked, this,
                [this, runId] { Q_EMIT resumeRequested(runId); });
        return false;
    }
    m_context.choices.filePath = file;
    return true;
}

QString ImportFilePage::droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().first();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

void ImportFilePage::showDropTarget(bool dragging)
{
    // Only while no file is chosen, or a file is dragged over the page.
    m_dropArea->setVisible(dragging || !isComplete());
    m_dropArea->setForegroundRole(dragging ? QPalette::Highlight : QPalette::PlaceholderText);
    m_dropArea->setText(dragging ? tr("Drop the file to choose it")
                                 : tr("Drop a CSV file here, or choose one with Browse…"));
}

void ImportFilePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (droppedFile(event->mimeData()).isEmpty())
        return;
    showDropTarget(true);
    event->acceptProposedAction();
}

void ImportFilePage::dragLeaveEvent(QDragLeaveEvent *)
{
    showDropTarget(false);
}

void ImportFilePage::dropEvent(QDropEvent *event)
{
    showDropTarget(false);
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    setPath(path);
    event->acceptProposedAction();
}
