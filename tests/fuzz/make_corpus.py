#!/usr/bin/env python3
"""Writes the seed corpus under corpus/<harness>/ (run from anywhere; rewrites the files it
names, leaves others alone). Each file's first byte(s) choose the harness's options: see the
comment at the top of each fuzz_*.cpp."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(harness, name, data):
    directory = os.path.join(HERE, "corpus", harness)
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, name), "wb") as f:
        f.write(data)


# ---- CSV: byte 0 = 0x40 | options << 2 | chunk; chunk 0 default, 1 one byte, 2 seven, 3 64.
def csv(name, data, options=0, chunk=0):
    write("fuzz_csv_reader", name, bytes([0x40 + (options << 2) + chunk]) + data)


csv("plain.csv", b"Email,First name,Last name\njane@example.com,Jane,Doe\njoe@example.com,Joe,Ng\n")
csv("crlf_chunk7.csv", b"email,name\r\njane@example.com,Jane\r\njoe@example.com,Joe\r\n", chunk=2)
csv("semicolon.csv", b"E-Mail;Vorname;Nachname\njane@example.com;J\xc3\xbcrgen;M\xc3\xbcller\n")
csv("tab.tsv", b"email\tname\trole\njane@example.com\tJane Doe\tAdmin\n")
csv("pipe.csv", b"email|name\njane@example.com|Jane\n")
csv("quoted_newlines.csv",
    b'email,bio\njane@example.com,"Line one\nline two, with ""quotes"""\njoe@example.com,""\n')
csv("quoted_chunk1.csv", b'"a","b"\r\n"1,2","x""y"\r\n', chunk=1)
csv("utf8_bom.csv", b"\xef\xbb\xbfEmail,Name\njane@example.com,Ren\xc3\xa9e\n")
csv("utf16le_bom.csv", "\ufeffEmail,Name\r\njane@example.com,Jane\r\n".encode("utf-16-le"))
csv("utf16be_bom.csv", "\ufeffEmail;Name\njane@example.com;Jane\n".encode("utf-16-be"))
csv("utf16le_nobom.csv", "Email,Name\njane@example.com,Jane\n".encode("utf-16-le"))
csv("utf16le_forced.csv", "email,name\njo@example.com,Jo\n".encode("utf-16-le"), options=1)
csv("utf16le_odd_length.csv", "\ufeffa,b\n1,2".encode("utf-16-le") + b"\x00\x33\x00")
csv("utf16_surrogates.csv", "\ufeffname\n\U0001F600,x\n\ud800".encode("utf-16-le", "surrogatepass"))
csv("cp1252.csv", b"Name;Stadt\nM\xfcller;K\xf6ln\n\x80uro;\x81\x8d\n", options=2)
csv("cp1252_detected.csv", b"name,city\nJos\xe9,S\xe3o Paulo\n")
csv("invalid_utf8.csv", b"name,x\n\xc3\x28,\xff\xfe\xfd\n\xed\xa0\x80,\xf4\x90\x80\x80\n")
csv("cr_only.csv", b"email,name\rjane@example.com,Jane\rjoe@example.com,Joe\r")
csv("ragged.csv", b"a,b,c\n1,2\n1,2,3,4\n\n5,6,7\n")
csv("unterminated_quote.csv", b'email,name\njane@example.com,"Jane\njoe@example.com,Joe\n')
csv("bare_quote_mid_field.csv", b'email,name\njane@example.com,Ja"ne\njoe@example.com,"Jo"e\n')
csv("duplicate_headers.csv", b"Email,email,,Name,EMAIL,email_2, \n1,2,3,4,5,6,7\n")
csv("no_header_numbers.csv", b"1,2,3\n4,5,6\n", options=3)
csv("header_forced.csv", b"jane@example.com,Jane\n", options=4)
csv("empty.csv", b"")
csv("only_bom.csv", b"\xef\xbb\xbf")
csv("header_only.csv", b"email,name")
csv("nul_bytes.csv", b"email,na\x00me\njane@example.com,J\x00\n")
csv("trailing_delimiters.csv", b"email,name,\njane@example.com,Jane,\n,,\n")
csv("many_columns.csv", b",".join(b"c%d" % i for i in range(300)) + b"\n" + b"," * 299 + b"\n")
csv("long_field_chunk64.csv", b"a,b\n" + b"x" * 3000 + b',"' + b"y" * 500 + b'"\n', chunk=3)
csv("utf16be_forced_garbage.csv", b"\x00a\x00,\x00b\x00\n\xd8\x00", options=5)

# ---- Providers: byte 0 provider ('H' Heartbeat, 'F' Forward, 'b' Beam.gg), byte 1 operation
# ('B' + op, or 'M' + op for the variant: member with an id, fuller create and update); then
# answers separated by "\n--\n", each a status letter and a body.
OPS = ["find", "list", "create", "update", "deactivate", "reactivate", "link", "roles",
       "groups", "addgroup", "removegroup"]
STATUS = {200: "@", 201: "B", 204: "C", 400: "D", 401: "E", 403: "F", 404: "G", 409: "H",
          422: "I", 429: "J", 500: "K", 502: "L", 503: "M", "lost": "N", 202: "O"}


def answer(status, body=b""):
    if not isinstance(body, bytes):
        body = json.dumps(body, separators=(",", ":")).encode()
    return STATUS[status].encode() + body


def provider(name, who, op, answers, variant=False):
    head = who.encode() + bytes([(0x4D if variant else 0x42) + OPS.index(op)])
    write("fuzz_provider_answers", name, head + b"\n--\n".join(answers))


HB_USER = {"id": "0fed0eb0-9dc6-41e9-a09d-ea53d3158c3a", "email": "jane@example.com",
           "name": "Jane Doe", "firstName": "Jane", "lastName": "Doe", "bio": "",
           "createdAt": "2026-10-06T12:09:26.682Z", "lastLogin": None, "role": "User",
           "isAdmin": False, "groups": [{"name": "User", "id": "e611cac5"}],
           "avatar": "https://cdn.example/placeholder-image-2.jpg", "linkedInSummary": "",
           "linkedInData": None, "socialLinks": {}, "onboardingResponses": []}
HB_JOE = dict(HB_USER, id=42, email="joe@example.com", lastLogin="2026-11-01T08:00:00Z")
NOT_FOUND = {"error": True, "message": "Could not find user"}
HB_GROUP = {"id": "group_1", "name": "Team", "archived": False, "parentGroupID": None,
            "users": [{"id": "1", "name": "Jane", "email": "jane@example.com"}]}

provider("hb_find_user_object", "H", "find", [answer(200, HB_USER)])
provider("hb_find_list", "H", "find", [answer(200, [HB_JOE, HB_USER])])
provider("hb_find_404", "H", "find", [answer(404, NOT_FOUND)])
provider("hb_find_html_404", "H", "find", [answer(404, b"<html><body>Not Found</body></html>")])
provider("hb_list_array", "H", "list", [answer(200, [HB_USER, HB_JOE])])
provider("hb_list_envelope", "H", "list", [answer(200, {"data": [HB_USER], "users": 1})])
provider("hb_create_userid_then_find", "H", "create",
         [answer(200, {"userID": "0fed0eb0"}), answer(200, HB_USER)], variant=True)
provider("hb_create_pending_success", "H", "create", [answer(200, {"success": True})])
provider("hb_create_lost_then_found", "H", "create",
         [answer("lost"), answer(200, HB_USER)], variant=True)
provider("hb_update_success_readback", "H", "update",
         [answer(200, {"success": True}), answer(200, {"success": True}),
          answer(200, {"success": True}), answer(200, HB_USER)], variant=True)
provider("hb_deactivate_404", "H", "deactivate", [answer(404, {"message": "Could not find user"})])
provider("hb_reactivate_already_active", "H", "reactivate",
         [answer(400, {"code": "VALIDATION_ERROR", "message": "This user is already active"}),
          answer(200, HB_USER)])
provider("hb_link_no_community", "H", "link", [], variant=True)
provider("hb_roles", "H", "roles", [answer(200, [{"id": "r1", "name": "Admin"},
                                                  {"id": 7, "name": "User"}])])
provider("hb_groups", "H", "groups", [answer(200, [HB_GROUP])])
provider("hb_add_to_group", "H", "addgroup", [answer(200, {"success": True}), answer(200, HB_GROUP)])
provider("hb_remove_from_group_429", "H", "removegroup",
         [answer(429, {"message": "Too many requests"}), answer(200, {"success": True}),
          answer(200, HB_GROUP)])

FWD_USER = {"id": "user_1", "type": "BUSINESS", "first_name": "Jane", "last_name": "Doe",
            "email": "jane@example.com", "status": "ACTIVE"}


def page(users, number, size, total):
    return {"data": users, "meta": {"page": number, "size": size, "total_count": total}}


provider("fwd_find_page", "F", "find", [answer(200, page([FWD_USER], 0, 20, 1))])
provider("fwd_find_other_email", "F", "find",
         [answer(200, page([dict(FWD_USER, email="janet@example.com")], 1, 20, 1))])
provider("fwd_list_two_pages", "F", "list",
         [answer(200, page([FWD_USER], 0, 1, 2)),
          answer(200, page([dict(FWD_USER, id=2, email="joe@example.com")], 1, 1, 2))])
provider("fwd_list_repeated_page", "F", "list",
         [answer(200, page([FWD_USER], 1, 1, 3)), answer(200, page([FWD_USER], 1, 1, 3))])
provider("fwd_list_no_meta", "F", "list", [answer(200, {"data": [FWD_USER]})])
provider("fwd_create_bare_user", "F", "create", [answer(200, FWD_USER)], variant=True)
provider("fwd_create_lost_resend", "F", "create", [answer("lost"), answer(201, FWD_USER)])
provider("fwd_create_argument_errors", "F", "create",
         [answer(400, {"type": "invalid_request", "code": "ARGUMENT_ERROR",
                       "argument_errors": {"email": "must not be null"},
                       "message": "Invalid arguments"})])
provider("fwd_update_put", "F", "update",
         [answer(200, dict(FWD_USER, id=42, email="janet@example.com"))], variant=True)
provider("fwd_update_resolve", "F", "update",
         [answer(200, page([FWD_USER], 0, 20, 1)), answer(204)])
provider("fwd_deactivate_inactive", "F", "deactivate",
         [answer(200, dict(FWD_USER, status="INACTIVE"))], variant=True)
provider("fwd_link", "F", "link",
         [answer(200, {"id": "42", "login_url": "https://app.example/m?code=s3cret"})],
         variant=True)
provider("fwd_link_500_retry", "F", "link",
         [answer(500, b""), answer(503, b"<html>"), answer(200, {"id": 42, "login_url": 7})], variant=True)

BEAM_USER = {"user": {"id": 1001, "email": "jane@example.com", "verified": True,
                      "firstName": "Jane", "lastName": "Doe", "slug": "jane-doe"}}
provider("beam_find", "b", "find", [answer(200, BEAM_USER)])
provider("beam_find_null_user", "b", "find", [answer(200, {"user": None})])
provider("beam_find_404_user", "b", "find", [answer(404, {"message": "User not found"})])
provider("beam_create", "b", "create", [answer(200, BEAM_USER)], variant=True)
provider("beam_create_lost_lookup", "b", "create",
         [answer("lost"), answer(404, {"message": "User not found"}), answer(200, BEAM_USER)])
provider("beam_update", "b", "update",
         [answer(200, {"user": dict(BEAM_USER["user"], id=42, firstName="Janet")})], variant=True)
provider("beam_sso_link", "b", "link", [answer(200, {"url": "https://beam.example/sso/abc"})],
         variant=True)
provider("beam_unauthorized", "b", "find", [answer(401, b"Unauthorized")])
provider("beam_not_json", "b", "create", [answer(200, b"{\"user\":{\"id\":1e999,"), answer(200)])

# ---- HTTP framer: byte 0 = 0x40 | pieces << 2 | limit (0 16 MB, 1 none, 2 16 bytes, 3 1 KB);
# then that many piece sizes, then the stream.


def http(name, stream, pieces=(), limit=0):
    head = bytes([0x40 + (len(pieces) << 2) + limit]) + bytes(pieces)
    write("fuzz_http_framer", name, head + stream)


GET = b"GET /heartbeat/v0/users HTTP/1.1\r\nHost: 127.0.0.1:7678\r\nAuthorization: Bearer k\r\n\r\n"
http("get", GET)
http("get_split", GET, pieces=(1, 3, 17))
http("post_length", b"POST /forward/users HTTP/1.1\r\nHost: localhost\r\nContent-Length: 13\r\n"
     b"Content-Type: application/json\r\n\r\n{\"email\":\"a\"}")
http("pipelined", GET + b"DELETE /v0/users HTTP/1.1\r\nHost: [::1]:80\r\nContent-Length: 2\r\n\r\n{}" + GET,
     pieces=(5, 40))
http("chunked", b"PUT /v0/users HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n"
     b"4\r\nWiki\r\n5;ext=1\r\npedia\r\n0\r\nX-Trailer: 1\r\n\r\n", pieces=(7,))
http("chunked_upper_hex", b"POST / HTTP/1.1\r\nTransfer-Encoding: Chunked\r\n\r\n"
     b"A\r\n0123456789\r\n00\r\n\r\n")
http("chunked_negative", b"POST / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n"
     b"-6\r\nabc\r\n0\r\n\r\n")
http("chunked_nine_digits", b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
     b"100000000\r\nx\r\n0\r\n\r\n")
http("chunked_over_limit", b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
     b"10\r\n0123456789abcdef\r\n1\r\nx\r\n0\r\n\r\n", limit=2)
http("chunked_bad_crlf", b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
     b"3\r\nabcX\r\n0\r\n\r\n")
http("chunked_incomplete", b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab",
     pieces=(2,))
http("length_negative", b"POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n")
http("length_huge", b"POST / HTTP/1.1\r\nContent-Length: 99999999999999999999999999\r\n\r\nx")
http("length_over_limit", b"POST / HTTP/1.1\r\nContent-Length: 17\r\n\r\n" + b"x" * 17, limit=2)
http("length_zero_limit", b"POST / HTTP/1.1\r\nContent-Length: 0\r\n\r\n" + GET, limit=1)
http("length_plus", b"POST / HTTP/1.1\r\nContent-Length: +5\r\n\r\nhello")
http("length_twice_same", b"POST / HTTP/1.1\r\nContent-Length: 2\r\ncontent-length: 2\r\n\r\nok")
http("length_twice_differs", b"POST / HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nok!")
http("length_and_chunked", b"POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n"
     b"0\r\n\r\n")
http("te_gzip", b"POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n")
http("space_before_colon", b"GET / HTTP/1.1\r\nHost : localhost\r\n\r\n")
http("no_header_name", b"GET / HTTP/1.1\r\n: value\r\n\r\n")
http("empty_request_line", b"\r\n\r\n")
http("http10_close", b"GET /x HTTP/1.0\r\nHost: evil.example:7678\r\nConnection: keep-alive, Close\r\n\r\n")
http("bare_lf", b"GET / HTTP/1.1\nHost: localhost\n\n\r\n\r\n", pieces=(1,))
http("host_variants", b"GET / HTTP/1.1\r\nHost: [::1\r\n\r\nGET / HTTP/1.1\r\nHost: localhost:\r\n\r\n"
     b"GET / HTTP/1.1\r\nHost: 127.0.0.1:80x\r\n\r\n")
http("head_too_large", b"GET / HTTP/1.1\r\nX: " + b"a" * 3000, pieces=(255, 0), limit=3)
# A chunk-size line at its limit (1024 bytes), the stream cut between its CR and LF: refused
# before the fix, though it passes in one piece.
CHUNKED = b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
http("chunk_line_at_limit_cut_in_crlf",
     CHUNKED + b"0" * 1023 + b"1\r\nx\r\n0\r\n\r\n", pieces=(134,))

# ---- JSON list stream: byte 0 = 0x40 | limits << 3 | pieces; pieces 0 16 KB, 1 one byte,
# 2 seven, 3 64, 4 4096, 5-7 1 to 13 in turn; limits 0 the defaults (depth 32, 1 MB), 1 depth 4
# and 256 bytes, 2 depth 8 and 1 KB, 3 depth 2 and 16 bytes. Then the body.


def listing(name, body, pieces=0, limits=0):
    if not isinstance(body, bytes):
        body = json.dumps(body, separators=(",", ":")).encode()
    write("fuzz_json_list_stream", name, bytes([0x40 + (limits << 3) + pieces]) + body)


listing("bare_array", [HB_USER, HB_JOE], pieces=1)
listing("bare_array_scalars", [1, "two", True, None, 3.5, [], {}], pieces=2)
listing("envelope_data", {"data": [HB_USER], "meta": {"page": 0, "size": 20, "total_count": 1}},
        pieces=3)
listing("envelope_users_total", {"total": 2, "users": [HB_USER, HB_JOE]}, pieces=5)
listing("envelope_data_then_users", {"data": [{"id": "1"}], "users": [{"id": "2"}], "x": [1]})
listing("envelope_no_list", {"data": {"id": 1}, "meta": {}}, pieces=2)
listing("nested_objects", [{"id": "1", "email": "a@b.c", "groups": [{"name": "G", "sub": {
    "deep": [[1, [2, {"k": None}]]]}}]}], pieces=2, limits=2)
listing("unicode_escapes", b'[{"id":"\\u00e9\\ud83d\\ude00\\"\\\\\\/\\b\\f\\n\\r\\t","email":'
        b'"j\xc3\xbcrgen@example.com","name":"\xe2\x82\xac \\ud800 lone \xf0\x9f\x98\x80"},"\\u0000"]',
        pieces=1)
listing("invalid_utf8", b'[{"id":"1","email":"a@b.c"},"\xff\xfe",{"id":"\xc3\x28"}]', pieces=2)
listing("numbers_edges", b'[0,-0,1e308,-1e308,1e999,9223372036854775807,-9223372036854775808,'
        b'9223372036854775808,1.5e-324,0.1,{"id":18446744073709551616,"email":"n@x.y"}]', pieces=2)
listing("truncated", json.dumps([HB_USER, HB_JOE], separators=(",", ":")).encode()[:600],
        pieces=3)
listing("trailing_garbage", b'[{"id":"1","email":"a@b.c"}] trailing', pieces=2)
listing("two_documents", b'[1][2]')
listing("item_over_byte_limit", [{"id": "1", "bio": "x" * 400}, {"id": "2"}], pieces=3,
        limits=1)
listing("string_item_over_byte_limit", ["y" * 40, "z"], pieces=1, limits=3)
listing("too_deep", b'[' + b'[' * 40 + b']' * 40 + b']', pieces=2)
listing("too_deep_small_limit", {"data": [{"a": {"b": {"c": 1}}}]}, pieces=1, limits=1)
listing("empty_array", b'[]')
listing("empty_envelope_list", b'{"data":[],"total":0}', pieces=1)
listing("null", b'null')
listing("empty", b'')
listing("whitespace_only", b' \n\t ', pieces=1)
listing("not_json", b'<html><body>502 Bad Gateway</body></html>', pieces=2)
listing("single_object", HB_USER, pieces=4)
listing("heartbeat_many", [dict(HB_USER, id="u%d" % i, email="m%d@example.com" % i)
                           for i in range(40)], pieces=4)
# The end of the body completes a last number, and its item, though the list was cut short.
listing("number_completed_by_end", b'[13', pieces=3, limits=3)
# An envelope's keys count against its limit: a long key was kept whatever its length.
listing("envelope_long_key", b'{"data":[1],"' + b"k" * 300 + b'":0}', pieces=2, limits=1)
# A string that never ends, in small pieces: refused while it arrives (YAJL kept it whole).
listing("string_never_ends", b'[1,"' + b"s" * 2000, pieces=3, limits=1)
listing("whitespace_padding", b'[1,' + b" " * 3000 + b'2]', pieces=3, limits=1)
# YAJL takes \v and \f as whitespace: padding with them is no value (refused in pieces before the
# fix of the bound on a value still arriving).
listing("whitespace_padding_vt", b'[1,' + b" " * 1500 + b"\x0b\x0c" + b" " * 1000 + b'0]', pieces=3,
        limits=1)
