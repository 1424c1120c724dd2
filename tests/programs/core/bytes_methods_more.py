# More bytes/bytearray behaviour: iteration yields ints, comparisons, join of mixed, in-place ops, hex round trips.
b = b"The Quick Brown Fox"
print([x for x in b[:5]], list(reversed(b[:3])), sum(b), max(b), min(b), sorted(set(b))[:5])
print(b.split(), b.rsplit(b" ", 1), b.lower().count(b"o"), b.replace(b" ", b""), b.startswith((b"A", b"The")))
print(b.ljust(22, b"."), b.rjust(22, b"."), b.center(23, b"*"), b.zfill(21), b.title(), b.istitle())
print(bytes.fromhex(b.hex()) == b, b.hex(" ", 2), bytes(reversed(b)), b[::-1] == bytes(reversed(b)))
ba = bytearray(b)
ba[4:9] = b"SLOW"
ba.extend(range(33, 36))
ba += b"?"
ba *= 2
print(ba, len(ba), ba.count(b"!"), ba.rstrip(b"?!#\"").decode())
print(b"abc" + bytearray(b"def"), bytearray(b"abc") + b"def", type(b"a" + bytearray(b"b")).__name__, type(bytearray(b"a") + b"b").__name__)
print(b"a" < b"b" < b"ba", b"abc" == bytearray(b"abc"), bytearray(b"x") in [b"x"], b"%(k)s" % {b"k": b"v"})
print(b"caf\xc3\xa9".decode("utf-8"), b"caf\xe9".decode("latin-1"), "café".encode("utf-16-be"), b"\xff\xfe".decode("utf-16"))
print(bytes(range(10)).translate(None, b"\x01\x03"), b"hello".find(b"l", 3), b"hello".rindex(b"l"), b"a\tb".expandtabs(3))
print(b"one\ntwo\r\nthree".splitlines(keepends=True), b"  x  ".strip(), b"xyx".strip(b"x"), b"a-b-c".partition(b"-"))
try:
    b"x"[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytearray(b"x").extend(["a"])
except TypeError as e:
    print("TypeError:", e)
mv = memoryview(bytearray(b"abcdef"))
sub = mv[2:4]
sub[0] = ord("Z")
print(mv.tobytes(), sub.tobytes(), mv[::-1].tobytes() if False else bytes(mv[::2]), mv.format, mv.itemsize, len(mv))
