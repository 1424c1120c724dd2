# bytes: literals, indexing (ints), slicing, methods, repr.
b = b"Hello, World!\x00\xff"
print(b, len(b), b[0], b[-1], b[7:12], b[::-1], b[::3], list(b[:5]), bytes(5), bytes([65, 66, 67]), bytes(range(3)))
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b.find(b"o"), b.rfind(b"o"), b.count(b"l"))
print(b.split(b", "), b"a b  c".split(), b"a,b".partition(b","), b.startswith(b"He"), b.endswith(b"\xff"))
print(b.replace(b"l", b"L"), b" x ".strip(), b"xxaxx".strip(b"x"), b"-".join([b"a", b"b"]), b"ab" * 3, b"a" + b"b")
print(b.hex(), b.hex(":"), b.hex("-", 4), bytes.fromhex("de ad be ef"), bytes.fromhex("00ff"))
print(b"abc".isalpha(), b"123".isdigit(), b"  ".isspace(), b"Ab".istitle(), b"ab1".isalnum(), b"AB".isupper())
print(b"%d-%s" % (1, b"x"), b"abc".center(9, b"*"), b"42".zfill(5), b"a\tb".expandtabs(4), b"ab".ljust(4) + b"|")
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\n\t\r\\"), repr(bytes(range(0x7c, 0x84))))
print(b"abc" < b"abd", b"abc" == b"abc", b"a" in b"abc", 98 in b"abc", b"" in b"x", b"abc".index(99))
print(hash(b"") == hash(""), bytes.maketrans(b"ab", b"xy")[97:99], b"abcab".translate(bytes.maketrans(b"ab", b"xy"), b"c"))
for bad in [lambda: bytes([256]), lambda: bytes("abc"), lambda: b"a" + "b", lambda: b"abc"[5], lambda: bytes(-1)]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
print(bytes("héllo", "utf-8"), b"x".decode(), str(b"\x00"), b"A".lower()[0], bytes(b"copy"), b"%05.1f" % 2.25)
print(b"a,b,,c".split(b","), b"a\nb\r\nc".splitlines(), b"aaa".removeprefix(b"a"), b"x".join((b"1", b"2", b"3")))
