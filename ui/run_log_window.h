#pragma once

#include <QWidget>

class RunLog;

// The application log of this run, in a window of its own (View → Log). Never holds a key or a
// link: RunLog redacts them before they arrive.
class RunLogWindow : public QWidget
{
    Q_OBJECT
public:
    explicit RunLogWindow(RunLog *log, QWidget *parent = nullptr);
};
