#pragma once

#include "csv_format.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <optional>

// --encoding, --delimiter, --header and --no-header: how to read a CSV file where the detection
// should not decide. Shared by "csv inspect" and "import".
class CsvCommandOptions
{
    Q_DECLARE_TR_FUNCTIONS(CsvCommandOptions)
public:
    static void declare(QCommandLineParser &parser);
    // The options given, or a readable problem.
    static std::optional<CsvOptions> read(const QCommandLineParser &parser, QString *problem);
};
