# _codecs/codecs: lookup, encode/decode through the registry, error handlers, encodings.
import codecs

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for name in ["utf-8", "UTF8", "latin_1", "ascii", "utf-16", "cp1252", "koi8-r", "mac-roman", "utf_8_sig", "Latin-1"]:
    info = codecs.lookup(name)
    print(name, info.name, type(info).__name__)
attempt("unknown", lambda: codecs.lookup("no-such-codec"))
attempt("lookup int", lambda: codecs.lookup(5))

print(codecs.encode("héllo", "utf-8"), codecs.decode(b"h\xc3\xa9llo", "utf-8"))
print(codecs.encode("héllo", "latin-1"), codecs.decode(b"h\xe9llo", "latin-1"))
print("€ and ‚".encode("cp1252"), b"\x80\x82\x9f".decode("cp1252"))
print("Привет".encode("koi8-r"), "Привет".encode("koi8-r").decode("koi8-r"))
print("caf\xe9".encode("mac-roman"), b"\x8e".decode("mac_roman"))
print("x".encode("utf-8-sig"), b"\xef\xbb\xbfx".decode("utf-8-sig"))
attempt("cp1252 undefined", lambda: b"\x81".decode("cp1252"))
attempt("cp1252 unencodable", lambda: "☃".encode("cp1252"))
print(b"a\x81b".decode("cp1252", "replace"), "a☃b".encode("cp1252", "xmlcharrefreplace"))
print("a☃b".encode("cp1252", "backslashreplace"), "a☃b".encode("ascii", "namereplace"))
print(b"a\xffb".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))

print(codecs.utf_8_encode("aé"), codecs.utf_8_decode(b"a\xc3\xa9\xc3", "strict", False))
attempt("utf8 final", lambda: codecs.utf_8_decode(b"a\xc3", "strict", True))
print(codecs.latin_1_encode("aé"), codecs.latin_1_decode(b"a\xe9"))
print(codecs.ascii_encode("abc"), codecs.ascii_decode(b"abc"))
attempt("ascii bad", lambda: codecs.ascii_decode(b"a\x80"))
print(codecs.utf_16_encode("ab"), codecs.utf_16_le_encode("ab"), codecs.utf_16_be_encode("ab"))
print(codecs.utf_16_decode(b"\xff\xfea\x00b\x00"), codecs.utf_16_ex_decode(b"\xfe\xff\x00a"))
print(codecs.utf_32_encode("a"), codecs.utf_32_be_decode(b"\x00\x00\x00a"))
print("\U0001f600".encode("utf-16-le"), b"=\xd8\x00\xde".decode("utf-16-le"))
print(codecs.unicode_escape_encode("a\té☃\U0001f600\\"), codecs.unicode_escape_decode(b"a\\t\\xe9\\u2603\\N{BULLET}"))
print(codecs.raw_unicode_escape_encode("aé☃"), codecs.raw_unicode_escape_decode(b"a\\u2603\\t"))
print(codecs.escape_encode(b"a\n'\x00\xff"), codecs.escape_decode(b"a\\n\\x41\\101"))
table = "".join(chr(c) for c in range(256))
print(codecs.charmap_decode(b"abc", "strict", table), codecs.charmap_encode("abc", "strict", codecs.charmap_build(table)))
print(codecs.charmap_decode(b"ab", "strict", {97: "X", 98: None} ) if False else codecs.charmap_decode(b"ab", "replace", {97: "X"}))
print(codecs.charmap_encode("ab", "replace", {97: 65, 63: 63}))
print("x".encode("unicode_escape"), "é".encode("raw_unicode_escape"), b"\\u00e9".decode("unicode-escape"))

def handler(exc):
    return ("<%d:%d>" % (exc.start, exc.end), exc.end)
codecs.register_error("angle", handler)
print("a☃☃b".encode("ascii", "angle"), b"a\xff\xfeb".decode("utf-8", "angle"))
print(codecs.lookup_error("angle") is handler, codecs.lookup_error("strict"), codecs.lookup_error("ignore"))
attempt("unknown handler", lambda: codecs.lookup_error("nope"))
attempt("unknown handler use", lambda: "☃".encode("ascii", "nope"))

def search(name):
    if name == "krait_test":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode(), len(s)),
                                lambda b, errors="strict": (bytes(b).decode().lower(), len(b)),
                                name="krait-test")
codecs.register(search)
print("abc".encode("krait_test"), b"ABC".decode("krait_test"), codecs.lookup("krait test").name)
codecs.unregister(search)
attempt("unregistered", lambda: "abc".encode("krait_test"))
attempt("rot13 via str", lambda: "abc".encode("rot13"))
print(codecs.encode("abc", "rot13"))
print("\ud800".encode("utf-8", "surrogatepass"), b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800")
print("a\udcffb".encode("ascii", "surrogateescape"), "é".encode("ascii", "namereplace"))
print(b"\xff".decode("latin-1"), "x".encode("utf_32_le"), b"\x00x".decode("utf-16-be"))
print(b"abc".decode("cp437"), "abc".encode("iso8859_15"))
