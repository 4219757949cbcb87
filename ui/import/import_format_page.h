#pragma once

#include "csv_format.h"
#include "csv_preview.h"

#include <QWizardPage>

class InlineMessage;
class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;
struct ImportWizardContext;

// Page 2: how the file is read. The encoding, delimiter and header row are detected, and each
// can be changed; the first rows show as read, again each time a choice changes, with the
// reader's errors and their lines above them.
class ImportFormatPage : public QWizardPage
{
    Q_OBJECT
public:
    static constexpr int PreviewRows = 20;

    explicit ImportFormatPage(ImportWizardContext &context, QWidget *parent = nullptr);

    // The format detection settled on for the file, with nothing fixed.
    const CsvFormat &detected() const { return m_detected; }
    const CsvPreview &preview() const { return m_preview; }

    void initializePage() override;
    bool isComplete() const override;

private:
    void detect();
    void showChoices();
    CsvOptions chosenOptions() const;
    void readPreview();
    void fillTable();
    void showErrors();

    ImportWizardContext &m_context;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QCheckBox *m_header;
    QLabel *m_detectedLabel;
    InlineMessage *m_message;
    QTableWidget *m_table;
    QLabel *m_tableNote;
    QString m_detectedFile;
    CsvFormat m_detected;
    CsvPreview m_preview;
    bool m_updating = false;
};
