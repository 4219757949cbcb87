#include "import_format_page.h"

#include "address_list_file.h"
#include "display_text.h"
#include "import_table_style.h"
#include "import_text.h"
#include "import_wizard_context.h"
#include "inline_message.h"
#include "issue_cell_delegate.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr CsvEncoding Encodings[] = {CsvEncoding::Utf8, CsvEncoding::Windows1252,
                                     CsvEncoding::Utf16LE, CsvEncoding::Utf16BE};
constexpr int MaxErrorsListed = 5;
// Preview cells longer than this show their start.
constexpr qsizetype ShownCellLength = 120;

// The delimiter as a sentence names it ("comma (,)"): a name cannot be lower-cased into a
// sentence in every language.
QString delimiterInSentence(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',':
        return ImportFormatPage::tr("comma (,)");
    case u';':
        return ImportFormatPage::tr("semicolon (;)");
    case u'\t':
        return ImportFormatPage::tr("tab");
    case u'|':
        return ImportFormatPage::tr("vertical bar (|)");
    default:
        return ImportText::delimiter(delimiter);
    }
}
} // namespace

ImportFormatPage::ImportFormatPage(ImportWizardContext &context, QWidget *parent)
    : QWizardPage(parent), m_context(context), m_encoding(new QComboBox(this)),
      m_delimiter(new QComboBox(this)), m_header(new QCheckBox(tr("First row is a &header"), this)),
      m_detectedLabel(new QLabel(this)), m_message(new InlineMessage(this)),
      m_table(new QTableWidget(this)), m_tableNote(new QLabel(this))
{
    setObjectName(u"importFormatPage"_s);
    setTitle(tr("Check How the File Reads"));
    setSubTitle(tr("Roster detected the format below. Change it if the preview looks wrong."));

    auto *encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    m_encoding->setObjectName(u"encodingCombo"_s);
    m_encoding->setAccessibleName(tr("Encoding"));
    auto *delimiterLabel = new QLabel(tr("&Delimiter:"), this);
    delimiterLabel->setBuddy(m_delimiter);
    m_delimiter->setObjectName(u"delimiterCombo"_s);
    m_delimiter->setAccessibleName(tr("Delimiter"));
    m_header->setObjectName(u"headerCheck"_s);
    m_header->setAccessibleName(tr("First row is a header"));
    m_detectedLabel->setObjectName(u"detectedLabel"_s);
    m_detectedLabel->setAccessibleName(tr("Detected format"));
    m_detectedLabel->setForegroundRole(QPalette::PlaceholderText);
    m_detectedLabel->setWordWrap(true);
    m_message->setObjectName(u"formatMessage"_s);
    m_message->setAccessibleName(tr("Problems reading the file"));

    auto *previewLabel = new QLabel(tr("&Preview:"), this);
    previewLabel->setBuddy(m_table);
    m_table->setObjectName(u"previewTable"_s);
    m_table->setAccessibleName(tr("The first rows as read"));
    ImportTableStyle::apply(m_table);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setItemDelegate(new IssueCellDelegate(m_table));
    if (auto *corner = m_table->findChild<QAbstractButton *>()) { // Qt's "select all" corner
        corner->setObjectName(u"previewSelectAllButton"_s);
        corner->setAccessibleName(tr("Select all rows"));
    }
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_tableNote->setObjectName(u"previewNote"_s);
    m_tableNote->setAccessibleName(tr("About the preview"));
    m_tableNote->setForegroundRole(QPalette::PlaceholderText);

    for (const CsvEncoding encoding : Encodings)
        m_encoding->addItem(ImportText::encoding(encoding), int(encoding));
    for (const char16_t delimiter : CsvCandidateDelimiters)
        m_delimiter->addItem(ImportText::delimiter(QChar(delimiter)), QChar(delimiter));

    auto *grid = new QGridLayout;
    grid->addWidget(encodingLabel, 0, 0);
    grid->addWidget(m_encoding, 0, 1);
    grid->addWidget(delimiterLabel, 0, 2);
    grid->addWidget(m_delimiter, 0, 3);
    grid->addWidget(m_header, 0, 4);
    grid->setColumnStretch(5, 1);
    grid->setHorizontalSpacing(10);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_detectedLabel);
    layout->addWidget(m_message);
    layout->addWidget(previewLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_tableNote);

    auto changed = [this] {
        if (!m_updating)
            readPreview();
    };
    connect(m_encoding, &QComboBox::currentIndexChanged, this, changed);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, changed);
    connect(m_header, &QCheckBox::toggled, this, changed);
}

void ImportFormatPage::initializePage()
{
    if (m_detectedFile != m_context.choices.filePath)
        detect();
    readPreview();
}

void ImportFormatPage::detect()
{
    m_detectedFile = m_context.choices.filePath;
    const CsvPreview detection = CsvPreview::readFile(m_detectedFile, {}, 1);
    m_detected = detection.format;
    // A list of addresses, one a line: its first address is a member, not a header.
    if (AddressListFile::headerIsAnAddress(detection.header, m_detected.hasHeader))
        m_detected.hasHeader = false;
    showChoices();
}

void ImportFormatPage::showChoices()
{
    m_updating = true;
    for (int i = 0; i < m_encoding->count(); ++i) {
        const auto encoding = CsvEncoding(m_encoding->itemData(i).toInt());
        QString text = ImportText::encoding(encoding);
        if (encoding == m_detected.encoding)
            text = m_detected.bom ? tr("%1 (detected, with byte order mark)").arg(text)
                                  : tr("%1 (detected)").arg(text);
        m_encoding->setItemText(i, text);
    }
    m_encoding->setCurrentIndex(m_encoding->findData(int(m_detected.encoding)));
    for (int i = 0; i < m_delimiter->count(); ++i) {
        const QChar delimiter = m_delimiter->itemData(i).toChar();
        const QString text = ImportText::delimiter(delimiter);
        m_delimiter->setItemText(
            i, delimiter == m_detected.delimiter ? tr("%1 (detected)").arg(text) : text);
    }
    int delimiter = m_delimiter->findData(m_detected.delimiter);
    if (delimiter < 0) { // a delimiter the user fixed once, or a future candidate
        m_delimiter->addItem(ImportText::delimiter(m_detected.delimiter), m_detected.delimiter);
        delimiter = m_delimiter->count() - 1;
    }
    m_delimiter->setCurrentIndex(delimiter);
    m_header->setChecked(m_detected.hasHeader);
    m_detectedLabel->setText(
        tr("Detected: %1%2, %3, %4.")
            .arg(ImportText::encoding(m_detected.encoding),
                 m_detected.bom ? tr(" with byte order mark") : QString(),
                 delimiterInSentence(m_detected.delimiter),
                 m_detected.hasHeader ? tr("a header row") : tr("no header row")));
    m_updating = false;
}

CsvOptions ImportFormatPage::chosenOptions() const
{
    CsvOptions options;
    options.encoding = CsvEncoding(m_encoding->currentData().toInt());
    options.delimiter = m_delimiter->currentData().toChar();
    options.hasHeader = m_header->isChecked();
    return options;
}

void ImportFormatPage::readPreview()
{
    ImportChoices &choices = m_context.choices;
    choices.csv = chosenOptions();
    m_preview = CsvPreview::readFile(choices.filePath, choices.csv, PreviewRows);
    choices.format = m_preview.format;
    choices.header = m_preview.header;
    choices.sample = m_preview.records;
    fillTable();
    showErrors();
    Q_EMIT completeChanged();
}

void ImportFormatPage::fillTable()
{
    m_table->clear();
    const QStringList &header = m_preview.header;
    int columns = int(header.size());
    for (const CsvRecord &record : std::as_const(m_preview.records))
        columns = std::max(columns, int(record.size()));
    m_table->setColumnCount(columns);
    m_table->setRowCount(int(m_preview.records.size()));
    QStringList labels = header;
    for (int column = int(header.size()); column < columns; ++column)
        labels << tr("(extra %1)").arg(column + 1);
    for (QString &label : labels)
        label = DisplayText::escaped(label);
    m_table->setHorizontalHeaderLabels(labels);
    QStringList lines;
    for (int row = 0; row < m_preview.records.size(); ++row) {
        const CsvRecord &record = m_preview.records.at(row);
        lines << QString::number(record.line());
        for (int column = 0; column < record.size(); ++column) {
            const QStringView field = record.field(column);
            QString text = field.size() > ShownCellLength
                               ? field.first(ShownCellLength).toString() + u'…'
                               : field.toString();
            auto *item = new QTableWidgetItem(DisplayText::escaped(text.replace(u'\n', u' ')));
            item->setToolTip(field.size() > ShownCellLength
                                 ? DisplayText::escapedKeepingLines(field.toString())
                                 : QString());
            for (const CsvError &error : record.errors()) {
                if (error.field == column || error.field < 0) {
                    item->setData(IssueCellDelegate::HasIssueRole, true);
                    item->setToolTip(DisplayText::escapedKeepingLines(error.message));
                }
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->setVerticalHeaderLabels(lines);
    m_table->resizeColumnsToContents();
    for (int column = 0; column < columns; ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 260));
    if (!m_preview.errorString.isEmpty())
        m_tableNote->setText({});
    else if (m_preview.complete)
        m_tableNote->setText(tr("The whole file: %n row(s) below the header.", nullptr,
                                int(m_preview.records.size())));
    else
        m_tableNote->setText(
            tr("The first %n rows, by their line in the file.", nullptr, PreviewRows));
}

void ImportFormatPage::showErrors()
{
    if (!m_preview.errorString.isEmpty())
        return m_message->showMessage(InlineMessage::Type::Error, m_preview.errorString);
    if (m_preview.header.isEmpty())
        return m_message->showMessage(InlineMessage::Type::Error, tr("The file holds no rows."));
    QStringList errors;
    for (const CsvError &error : m_preview.headerRecord.errors())
        errors << error.message;
    for (const CsvRecord &record : std::as_const(m_preview.records)) {
        for (const CsvError &error : record.errors())
            errors << error.message;
    }
    if (m_preview.fatalError)
        errors << m_preview.fatalError->message;
    if (errors.isEmpty())
        return m_message->clear();
    QStringList listed = errors.mid(0, MaxErrorsListed);
    if (errors.size() > MaxErrorsListed)
        listed << tr("… and %n more in these rows.", nullptr, int(errors.size() - MaxErrorsListed));
    const bool fatal = m_preview.fatalError.has_value();
    m_message->showMessage(fatal ? InlineMessage::Type::Error : InlineMessage::Type::Warning,
                           (fatal ? tr("The file cannot be read to its end:")
                                  : tr("Some rows read oddly; if every row does, try another "
                                       "delimiter or encoding. Rows with problems are reported "
                                       "as failed, not sent:")) +
                               u'\n' + listed.join(u'\n'));
}

bool ImportFormatPage::isComplete() const
{
    return m_preview.errorString.isEmpty() && !m_preview.header.isEmpty() && !m_preview.fatalError;
}
