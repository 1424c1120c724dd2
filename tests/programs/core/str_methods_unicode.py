# str methods added for issue 4: Unicode-exact predicates and case mappings, searching with
# start/end, splitting, padding, translate/maketrans, encode with error handlers, and errors.
samples = ["", "abc", "ABC", "Abc Def", "hello world", "ß", "ǅungla", "ΑΣ", "ΑΣ.", "ΑΣΑ",
           "ﬁsh", "İstanbul", "σς", "123", "١٢٣", "½", "²", "Ⅻ", " \t\n\x1c\x85\u2028", "a_1",
           "_x", "1a", "é", "\u0300a", "x\u0301y", "Hello World", "hELLO wORLD", "they're bill's",
           "\u1e9e", "ŉ", "\U0001d400", "\x00", "日本語", "a\u00adb"]
preds = ["isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric", "isspace", "isprintable",
         "isascii", "isupper", "islower", "istitle", "isidentifier"]
for s in samples:
    flags = "".join("1" if getattr(s, p)() else "0" for p in preds)
    print(ascii(s), flags, ascii(s.upper()), ascii(s.lower()), ascii(s.casefold()),
          ascii(s.swapcase()), ascii(s.title()), ascii(s.capitalize()))
# Every code point below 0x3000 and a few planes: counts per predicate, checksums of mappings.
for p in preds:
    print(p, sum(1 for c in range(0x3000) if getattr(chr(c), p)()),
          sum(c for c in range(0x10000, 0x20000, 7) if getattr(chr(c), p)()))
for m in ["upper", "lower", "title", "casefold", "swapcase", "capitalize"]:
    total = 0
    for c in range(0x2000):
        for ch in getattr(chr(c), m)():
            total = (total * 31 + ord(ch)) % 1000000007
    print(m, total)
s = "abracadabra"
def call(f, a):
    if len(a) == 1:
        return f(a[0])
    if len(a) == 2:
        return f(a[0], a[1])
    return f(a[0], a[1], a[2])
for args in [("a",), ("a", 1), ("a", 1, 4), ("a", -3), ("a", -100, 100), ("", 5), ("", 11), ("", 12),
             ("bra", 2, None), ("z",), ("a", 20), ("", 3, 2)]:
    print(args, [call(getattr(s, m), args) for m in ["find", "rfind", "count", "startswith", "endswith"]])
print(s.index("c"), s.rindex("a"), s.startswith(("x", "ab")), s.endswith(("ra", "q"), 0, 5))
for bad in [lambda: s.index("z"), lambda: s.rindex("z", 5), lambda: s.find(1), lambda: s.count(None),
            lambda: s.find(), lambda: s.find("a", 1.5), lambda: s.startswith(1), lambda: s.startswith(("a", 1)),
            lambda: s.partition(""), lambda: s.rpartition(3), lambda: s.rsplit(""), lambda: s.center(5, "ab"),
            lambda: s.center(5, 1), lambda: s.ljust("5"), lambda: s.zfill(), lambda: s.removeprefix(1),
            lambda: s.translate({97: 1.5}), lambda: s.translate({97: -1}), lambda: str.maketrans(1),
            lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans({1.5: 1}),
            lambda: "é".encode("bogus"), lambda: "é".encode("ascii", "bogus"), lambda: "aé€b".encode("ascii"),
            lambda: "aéb".encode("ascii"), lambda: "a\udc80".encode(), lambda: "€".encode("latin-1", "surrogateescape"),
            lambda: str.upper(5), lambda: "a".upper(1), lambda: s.splitlines(1, 2), lambda: s.rsplit(x=1)]:
    try:
        print("ok", bad())
    except (ValueError, TypeError, LookupError) as e:
        print(type(e).__name__, e)
for t in ["a,b,,c", " a  b\tc\n d ", "", "   ", "one", "x--y--z"]:
    print(repr(t), t.rsplit(), t.rsplit(","), t.rsplit(None, 1), t.rsplit("--", 1), t.split(None, 1),
          t.partition("--"), t.rpartition("--"), t.rpartition(","))
text = "line1\nline2\r\nline3\rline4\x0bline5\x0c\x1c\x1d\x1e\x85\u2028\u2029end\n"
print(text.splitlines(), text.splitlines(True), "".splitlines(), "\n".splitlines(keepends=True))
for w in [-1, 0, 3, 6, 7, 10]:
    print(repr("abc".center(w)), repr("abc".center(w, "*")), repr("ab".center(w, "-")), repr("abc".ljust(w, ".")),
          repr("abc".rjust(w)), repr("-42".zfill(w)), repr("+7".zfill(w)), repr("x".zfill(w)))
print("a\tbc\tdef\n\tx\r\ty".expandtabs(), "a\tb".expandtabs(0), "ab\tc".expandtabs(tabsize=3))
print("prefix-body".removeprefix("prefix-"), "body.txt".removesuffix(".txt"), "x".removeprefix("xy"))
table = str.maketrans("abc", "xyz", "d")
print(sorted(table.items()), "abcdd-abc".translate(table), "hello".translate({ord("l"): "LL", ord("o"): None}))
print(sorted(str.maketrans({"a": "1", 98: None}).items()), "abc".translate(str.maketrans({"a": "1", 98: None})))
u = "héllo wörld €😀\udc80"
for enc in ["utf-8", "ascii", "latin-1", "utf-16-le", "utf-32-be", "UTF8", "Latin1", "utf-16"]:
    for err in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        print(enc, err, u[:-1].encode(enc, err))
print(u.encode("utf-8", "surrogateescape"), u.encode("utf-8", "surrogatepass"), "\udcff".encode("latin-1", "surrogateescape"))
print("abc".encode(), "é".encode(encoding="latin-1"), "é".encode("utf-8", errors="strict"))
print(str.title("abc"), str.isdigit("12"), str.upper("é"), "é".maketrans("é", "e"))
for s, enc in [("aé€b", "ascii"), ("x\udc80y", "utf-8"), ("日本", "latin-1")]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(str(e), e.args == (e.encoding, e.object, e.start, e.end, e.reason), e.start, e.end, e.reason)
