# bytes: constructors and their errors, indexing/slicing, iteration, membership, concatenation,
# comparison, decode with error handlers, hex/fromhex, and the text-like methods.
print(bytes(), bytes(3), bytes([1, 2, 255]), bytes(range(65, 70)), bytes(b"copy"), bytes("h\xe9", "latin-1"))
print(bytes("\u20ac", "utf-8"), bytes("abc", encoding="ascii"), bytes(x for x in (104, 105)), bytes((True, False)))
class HasBytes:
    def __bytes__(self):
        return b"from __bytes__"
class Idx:
    n = 2
    def __index__(self):
        return self.n
print(bytes(HasBytes()), bytes([Idx()]), b"abcdef"[Idx():], b"a" * Idx() == bytes(66) + b"a" * 66, bytes.fromhex("4142 43"))
for bad in [lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes("abc"), lambda: bytes(-1), lambda: bytes(1.5),
            lambda: bytes(["a"]), lambda: bytes(b"x", "utf-8"), lambda: b"a" + "b", lambda: b"abc"[5],
            lambda: b"abc"[k], lambda: "a" in b"abc", lambda: 300 in b"abc", lambda: b"x".decode("nope"),
            lambda: bytes.fromhex("0g"), lambda: bytes.fromhex("abc"), lambda: b"abc".index(b"z"),
            lambda: b"a".join([b"x", "y"]), lambda: b"a b".split(b""), lambda: b"ab".startswith("a"),
            lambda: b"ab".find("a"), lambda: b"abc".center(5, "*"), lambda: bytes.maketrans(b"a", b"bc"),
            lambda: b"x".translate(b"short"), lambda: hash(b"x") + "s", lambda: b"x".hex("::")]:
    try:
        bad()
    except (ValueError, TypeError, IndexError, LookupError) as e:
        print(type(e).__name__ + ":", e)
    k = "s"
b = b"Hello, World!\x00\xff"
print(len(b), b[0], b[-1], b[7:12], b[::-1], b[::3], b[-3:], list(b[:5]), [x for x in b"hi"], list(reversed(b"ab")))
print(b"ll" in b, 108 in b, 7 in b, b"" in b, b + b"!", b * 2, 2 * b"ab", b"x" * 0, b"x" * -1)
print(b"abc" < b"abd", b"abc" < b"ab", b"abc" == b"abc", b"abc" != b"abd", b"b" > b"abc", b"a" <= b"a", b"a" == "a")
print(sorted([b"b", b"a", b"ab", b""]), max(b"hello"), min(b"hello"), sum(b"abc"), {b"k": 1}[b"k"])
print(b.upper(), b.lower(), b.swapcase(), b"hello world".title(), b"hELLO".capitalize())
print(b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.find(111, 5), b.find(b"o", 5, 8), b.rfind(b"l", 0, 4), b.index(b"W"))
print(b"aaaa".count(b"aa"), b"abc".count(b""), b"abc".find(b"", 10), b"abc".rindex(b"c"), b"abc".find(b"c", -1))
print(b.split(b", "), b"a b  c ".split(), b"a b  c ".split(None, 1), b"a,b,,c".split(b",", 2), b"  a b ".rsplit(None, 1))
print(b"a,b,c".rsplit(b",", 1), b"a,b,c".rsplit(b","), b"".split(), b"".split(b","), b"x y".split(maxsplit=0))
print(b"a,b".partition(b","), b"a,b,c".rpartition(b","), b"abc".partition(b"x"), b"abc".rpartition(b"x"))
print(b.startswith(b"He"), b.endswith(b"\xff"), b.startswith((b"x", b"Hell")), b.startswith(b"llo", 2), b.endswith(b"o", 0, 5))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2), b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 2))
print(b" x ".strip(), b"xxaxx".strip(b"x"), b"  a ".lstrip(), b"  a ".rstrip(), b"abcba".strip(b"ab"), b"\t\n x\x0b\x0c".strip())
print(b"-".join([b"a", b"b", b"c"]), b"".join([]), b", ".join((b"x",)), b"ab".join([b"1", b"2", b"3"]))
print(b.hex(), b.hex(":"), b.hex("-", 4), b.hex(b"_", -3), b"".hex(), bytes.fromhex(""), bytes.fromhex(" 00 ff  1a "))
print(b"abc".isalpha(), b"123".isdigit(), b"  ".isspace(), b"Ab Cd".istitle(), b"ab1".isalnum(), b"AB".isupper(), b"ab1".islower())
print(b"".isalpha(), b"A b".istitle(), b"aB".istitle(), b"\xff".isascii(), b"abc".isascii(), b"1A".isupper(), b"12".islower())
print(b"abc".center(9, b"*"), b"abc".center(8), b"42".zfill(5), b"-42".zfill(6), b"+".zfill(3), b"ab".ljust(4) + b"|", b"ab".rjust(5, b"0"))
print(b"a\tb\tc".expandtabs(4), b"ab\tc\nx\ty".expandtabs(), b"a\tb".expandtabs(tabsize=0))
print(b"a\nb\r\nc\rd".splitlines(), b"a\nb\r\n".splitlines(True), b"x\n\n".splitlines(keepends=True), b"".splitlines())
print(b"prefix-body".removeprefix(b"prefix-"), b"body.txt".removesuffix(b".txt"), b"abc".removeprefix(b"x"))
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[97:100], b"aabbcc".translate(t), b"abcabc".translate(t, b"b"), b"abc".translate(None, b"ac"))
print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("utf-8"), b"caf\xe9".decode("latin-1"), b"abc".decode("ascii"), b"x".decode(encoding="utf8"))
for enc, data in [("utf-8", b"\xff"), ("utf-8", b"a\xe2\x82"), ("utf-8", b"\xe2\x28\xa1"), ("ascii", b"ab\x80"),
                  ("utf-8", b"\xed\xa0\x80"), ("utf-8", b"\xf0\x9f\x98\x80!"), ("utf-8", b"\xc0\xaf")]:
    try:
        print(repr(data.decode(enc)))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
    print(repr(data.decode(enc, "replace")), repr(data.decode(enc, "ignore")), repr(data.decode(enc, "backslashreplace")))
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\n\t\r\\"), repr(bytes(range(0x7c, 0x84))), str(b"s"))
