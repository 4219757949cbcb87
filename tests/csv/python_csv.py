#!/usr/bin/env python3
"""Python's csv module as a second opinion for tst_csv_python.

  python_csv.py read FILE ENCODING DELIMITER
      prints the records of FILE as JSON: [{"end": LINE, "fields": [...]}, ...], LINE being
      csv.reader's line_num after the record (the physical line it ends on); empty lines,
      which csv.reader returns as [], are left out, as Roster's reader skips them.
  python_csv.py generate FILE SEED ROWS
      writes ROWS random records with csv.writer: quotes, delimiters, CR, LF and CRLF inside
      fields, non-ASCII text, empty fields, and a random line end (CRLF, LF or CR) after each.
"""
import csv
import io
import json
import random
import sys


def read(path, encoding, delimiter):
    out = []
    with open(path, newline="", encoding=encoding) as f:
        reader = csv.reader(f, delimiter=delimiter)
        for row in reader:
            if row:
                out.append({"end": reader.line_num, "fields": row})
    json.dump(out, sys.stdout)


def generate(path, seed, rows):
    rng = random.Random(seed)
    pieces = ["ada", "Grace Hopper", ",", '"', '""', "\n", "\r", "\r\n", " ", "\t", ";", "|",
              "é", "健二", "김민지", "😀", "\ufffd", "x" * 40, "a,b", 'say "hi"', ""]
    with open(path, "w", newline="", encoding="utf-8") as f:
        for _ in range(rows):
            fields = ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 6)))
                      for _ in range(rng.randrange(1, 8))]
            if fields == [""]:
                fields = ["lonely"]  # a lone empty field would write an empty line
            line = io.StringIO()
            csv.writer(line, lineterminator="\r\n").writerow(fields)
            f.write(line.getvalue()[:-2] + rng.choice(["\r\n", "\n", "\r"]))


if __name__ == "__main__":
    if sys.argv[1] == "read":
        read(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        generate(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
