#include "csv_options.h"

using namespace Qt::StringLiterals;

void CsvCommandOptions::declare(QCommandLineParser &parser)
{
    parser.addOption({u"encoding"_s,
                      tr("Read the file as UTF-8, UTF-16LE, UTF-16BE or windows-1252 instead of "
                         "detecting it."),
                      tr("ENCODING")});
    parser.addOption(
        {u"delimiter"_s, tr("The delimiter: , ; | or tab, instead of detecting it."), tr("CHAR")});
    parser.addOption({u"header"_s, tr("The first row names the columns.")});
    parser.addOption({u"no-header"_s, tr("The first row is data.")});
}

std::optional<CsvOptions> CsvCommandOptions::read(const QCommandLineParser &parser,
                                                  QString *problem)
{
    CsvOptions options;
    if (parser.isSet(u"encoding"_s)) {
        options.encoding = csvEncodingFromName(parser.value(u"encoding"_s));
        if (!options.encoding) {
            *problem = tr("--encoding is \"%1\"; expected UTF-8, UTF-16LE, UTF-16BE or "
                          "windows-1252.")
                           .arg(parser.value(u"encoding"_s));
            return std::nullopt;
        }
    }
    if (parser.isSet(u"delimiter"_s)) {
        options.delimiter = csvDelimiterFromName(parser.value(u"delimiter"_s));
        if (!options.delimiter) {
            *problem = tr("--delimiter is \"%1\"; expected one character such as , ; | or the "
                          "word tab.")
                           .arg(parser.value(u"delimiter"_s));
            return std::nullopt;
        }
    }
    if (parser.isSet(u"header"_s) && parser.isSet(u"no-header"_s)) {
        *problem = tr("Give --header or --no-header, not both.");
        return std::nullopt;
    }
    if (parser.isSet(u"header"_s))
        options.hasHeader = true;
    if (parser.isSet(u"no-header"_s))
        options.hasHeader = false;
    return options;
}
