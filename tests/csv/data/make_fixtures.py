#!/usr/bin/env python3
"""Writes the CSV fixtures of tests/csv (run it from anywhere; it writes beside itself).

The fixtures are committed; this script documents their exact bytes and remakes them. Each one
holds a case the reader must handle; tst_csv_reader.cpp lists what it expects of each, and
tst_csv_python.cpp compares the well-formed ones with Python's csv module.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def text(name, content, encoding="utf-8"):
    write(name, content.encode(encoding))


# --- well formed --------------------------------------------------------------------------
rows = "Email,First name,Last name,Role\nada@example.com,Ada,Lovelace,Member\ngrace@example.com,Grace,Hopper,Admin\n"
text("basic_lf.csv", rows)
text("crlf.csv", rows.replace("\n", "\r\n"))
text("cr_only.csv", rows.replace("\n", "\r"))
text("mixed_endings.csv",
     "Email,Name\nada@example.com,Ada\r\ngrace@example.com,Grace\rken@example.com,Ken\r\nlinus@example.com,Linus")
text("no_final_newline.csv", "Email,Name\nada@example.com,Ada\ngrace@example.com,Grace")
text("quoted.csv",
     'Email,Name,Bio\n'
     'ada@example.com,"Lovelace, Ada","She said ""hi"""\n'
     'grace@example.com,"Hopper, Grace","line one\nline two"\n'
     'ken@example.com,Ken,"crlf\r\ninside"\r\n'
     'linus@example.com,"",plain"quote\n'
     'radia@example.com,"cr\rinside","ab"c\n'
     'dennis@example.com,"""quoted""",""\n')
text("empty_lines.csv", "\nEmail,Name\n\nada@example.com,Ada\n\r\n\rgrace@example.com,Grace\n\n")
text("utf8.csv", "Email,Name\nemilie@example.com,Émilie du Châtelet\njurgen@example.com,Jürgen\nkenji@example.com,健二\n")
write("utf8_bom.csv", b"\xef\xbb\xbf" + "Email,Name\nemilie@example.com,Émilie\nzoe@example.com,Zoë 😀\n".encode())
write("utf16le_bom.tsv", b"\xff\xfe" + "Email\tName\r\nemilie@example.com\tÉmilie\r\nkenji@example.com\t健二\r\n".encode("utf-16-le"))
write("utf16be_bom.csv", b"\xfe\xff" + "Email,Name\nsoren@example.com,Søren\nzoe@example.com,\"Zoë, 😀\"\n".encode("utf-16-be"))
# Lone surrogates: a high one before a space (line 2), a low one alone (line 3); line 4 is fine.
write("utf16le_lone_surrogate.csv", b"\xff\xfe" + "Email,Name\nann@example.com,Ann".encode("utf-16-le")
      + b"\x00\xd8" + " Lee\nbob@example.com,Bo".encode("utf-16-le") + b"\x00\xdc"
      + "b\ncy@example.com,Cy 😀\n".encode("utf-16-le"))
write("utf16le_no_bom.csv", "Email,Name\nada@example.com,Ada\ngrace@example.com,Grace\n".encode("utf-16-le"))
# Excel on Western Windows: semicolons, CRLF, Windows-1252 (é 0xE9, € 0x80, Š 0x8A, ’ 0x92, Ÿ 0x9F).
text("windows1252.csv",
     "Email;Name;Note\r\nemilie@example.com;Émilie;5 €\r\nsarka@example.com;Šárka;it’s\r\nyves@example.com;Ÿves;ok\r\n",
     "cp1252")
text("semicolon.csv", "Email;Name;Score\nada@example.com;Ada;1,5\ngrace@example.com;Grace;2,25\nken@example.com;Ken, Jr.;3\n")
text("tab.tsv", "Email\tName\tBio\nada@example.com\tAda\tLikes, commas; and semicolons\ngrace@example.com\tGrace\t\n")
text("pipe.csv", "Email|Name|Bio\nada@example.com|Ada|a, b; c\ngrace@example.com|Grace|\n")
text("no_header.csv", "ada@example.com,Ada,Lovelace\ngrace@example.com,Grace,Hopper\n")
text("duplicate_header.csv", "Email,Name,email,,Name\na@example.com,A,b@example.com,x,B\n")
text("trailing_delimiter.csv", "Email,Name,\nada@example.com,Ada,\ngrace@example.com,Grace,\n")
text("excel_blank_rows.csv", "Email,Name,Role\nada@example.com,Ada,Member\n,,\n,,\n")
text("whitespace.csv", "Email,Name\n ada@example.com , Ada Lovelace \n\tgrace@example.com\t,Grace\n")
# Characters from U+8000 up (Hangul, emoji halves, U+FFFD) in long fields, quoted and not.
text("unicode_wide.csv",
     "Email,Name,Bio\n"
     "minji@example.com,김민지 Kim Min-ji,한국어 소개 문장입니다 and more text\n"
     "zoe@example.com,\"Zoë 😀😀😀 Lovelace, Ada\",\"\ufffd replacement, \uffee halfwidth 𝄞 clef\"\n")
text("single_column.csv", "email\nada@example.com\ngrace@example.com\n")

# --- malformed ----------------------------------------------------------------------------
text("ragged.csv", "Email,Name,Role\nada@example.com,Ada,Member\ngrace@example.com,Grace,Admin,extra\nken@example.com,Ken,Member\nlinus@example.com,Linus\nradia@example.com,Radia,Member\n")
text("ragged_multiline.csv", 'Email,Name,Bio\nada@example.com,Ada,"two\nlines"\ngrace@example.com,"Grace\nHopper"\nken@example.com,Ken,ok\n')
text("unterminated_quote.csv", 'Email,Name\nada@example.com,Ada\ngrace@example.com,Grace\nken@example.com,"Ken\nnever closed\nlinus@example.com,Linus\n')
text("unterminated_quote_later_field.csv", 'Email,Name,Bio\nada@example.com,"Ada\nLovelace",fine\ngrace@example.com,"Grace\nHopper","open\nand never closed\n')
write("nul_byte.csv", b"Email,Name\nada@example.com,Ada\ngrace@example.com,Gr\x00ace\nken@example.com,Ken\n")
