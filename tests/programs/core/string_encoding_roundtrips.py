# Encoding round trips and error handlers across utf-8/utf-16/utf-32/latin-1/ascii, surrogates and BOMs.
samples = ["ascii", "café", "naïve ☕", "😀 emoji", "ÿ\x00\x7f", "日本語"]
for s in samples:
    row = []
    for enc in ("utf-8", "utf-16", "utf-16-le", "utf-32-be", "latin-1", "ascii"):
        try:
            b = s.encode(enc)
            row.append(f"{enc}:{len(b)}:{b.decode(enc) == s}")
        except UnicodeEncodeError as e:
            row.append(f"{enc}:X@{e.start}")
    print(repr(s), row)
lone = "a\ud800b"
for errors in ("strict", "replace", "ignore", "backslashreplace", "surrogatepass", "xmlcharrefreplace"):
    try:
        print(errors, lone.encode("utf-8", errors))
    except UnicodeEncodeError as e:
        print(errors, "UnicodeEncodeError:", e.reason, e.start, e.end)
raw = b"ok \xff\xfe bad \xc3\x28 end"
for errors in ("replace", "ignore", "backslashreplace", "surrogateescape"):
    d = raw.decode("utf-8", errors)
    print(errors, repr(d), len(d))
print(repr(raw.decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape") == raw))
print("€".encode("utf-8").hex(), "€".encode("utf-16-be").hex(), "😀".encode("utf-16-be").hex(), "😀".encode("utf-32-le").hex())
print(b"\xe2\x82\xac".decode(), b"\xd8\x3d\xde\x00".decode("utf-16-be"), bytes.fromhex("efbbbf68").decode("utf-8-sig"), bytes.fromhex("efbbbf68").decode("utf-8"))
try:
    b"\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason, e.start, e.end, repr(e.object))
