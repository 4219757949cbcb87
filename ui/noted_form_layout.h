#pragma once

#include <QGridLayout>
#include <QList>

class FieldNote;
class QLabel;

// A form of labelled fields, each with its FieldNote beneath it. Unlike QFormLayout, it gives a
// note that wraps onto several lines the height it needs, so a long problem is never clipped.
class NotedFormLayout : public QGridLayout
{
    Q_OBJECT
public:
    explicit NotedFormLayout(QWidget *parent = nullptr);

    // `label` may hold a mnemonic (&); it leads to `field`. `shown` is what goes in the form
    // when it is not `field` itself (the field with a button beside it). Answers the row.
    int addRow(const QString &label, QWidget *field, FieldNote *note, QWidget *shown = nullptr);
    // A row without a label (a check box).
    int addRow(QWidget *widget);
    void setRowVisible(int row, bool visible);

private:
    struct Row
    {
        QLabel *label = nullptr;
        QWidget *content = nullptr;
    };
    QList<Row> m_rows;
};
