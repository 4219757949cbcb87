#pragma once

#include <QObject>
#include <memory>

class MemberCsvExport;
class MemberTableModel;

// Writes members of the table to a CSV file for a spreadsheet (MemberCsvExport: formulas
// neutralised, UTF-8 with BOM, all or nothing), in slices between events so that a million rows
// never freeze the window. The rows are the model's, in the order given.
class MemberExporter : public QObject
{
    Q_OBJECT
public:
    MemberExporter(const MemberTableModel *model, QList<int> sourceRows, const QString &path,
                   QObject *parent = nullptr);
    ~MemberExporter() override;

    void start();
    // Nothing is written: the file stays as it was.
    void cancel();
    qsizetype total() const { return m_rows.size(); }

Q_SIGNALS:
    void progress(qsizetype done, qsizetype total);
    void finished(qsizetype count);
    void failed(const QString &error);

private:
    void writeSlice();

    const MemberTableModel *m_model;
    QList<int> m_rows;
    QString m_path;
    std::unique_ptr<MemberCsvExport> m_file;
    qsizetype m_next = 0;
    bool m_cancelled = false;
};
