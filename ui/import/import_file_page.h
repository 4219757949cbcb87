#pragma once

#include <QWizardPage>

class InlineMessage;
class QLabel;
class QLineEdit;
class QMimeData;
class QPushButton;
struct ImportWizardContext;

// Page 1: the CSV file, typed, chosen with a file dialog or dropped onto the page; shows its
// size. Refuses a file whose import stopped half-way (it offers to resume that one instead, so
// that no member is created twice).
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizardContext &context, QWidget *parent = nullptr);

    QLineEdit *pathEdit() const { return m_path; }
    void setPath(const QString &path);

    bool isComplete() const override;
    bool validatePage() override;

Q_SIGNALS:
    // The user wants to carry on with the half-done run of this file rather than start anew.
    void resumeRequested(qint64 runId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void browse();
    void describeFile();
    void updateDropArea();
    void showDropTarget(bool dragging);
    static QString droppedFile(const QMimeData *mime);

    ImportWizardContext &m_context;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_info;
    QLabel *m_dropArea;
    InlineMessage *m_message;
};
