# memoryview over bytes and bytearray: len, indexing, slicing into views, tobytes/tolist/hex,
# writes through views of a bytearray, readonly, release and the context manager, ==, attributes.
m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m[1:3].tobytes(), bytes(m[::2]), m[::-1].tobytes(), m.tolist(), m.hex(), m.hex(":"))
print(m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.obj, m[2:].nbytes, m[::2].strides)
print(m == b"abcdef", m == bytearray(b"abcdef"), m[1:] == b"bcdef", m != b"x", m == m, m == "abcdef", list(m[:3]))
ba = bytearray(b"12345")
mb = memoryview(ba)
mb[0] = 57
mb[1:3] = b"xy"
sub = mb[2:5]
sub[-1] = ord("Z")
print(ba, mb.tobytes(), sub.tobytes(), mb.readonly, mb.obj is ba, bytes(mb), bytearray(mb[::-1]))
rev = mb[::-2]
rev[0] = 65
print(ba, rev.tolist(), len(rev), memoryview(mb).tobytes(), mb.toreadonly().readonly)
with memoryview(b"ctx") as c:
    print(c.tobytes(), c.readonly)
print(repr(c).split(" at ")[0])
for bad in [lambda: m.__setitem__(0, 1), lambda: mb.__setitem__(0, 256), lambda: mb.__setitem__(0, "a"), lambda: m[6],
            lambda: memoryview("str"), lambda: c.tobytes(), lambda: len(c), lambda: mb.__setitem__(slice(0, 2), b"abc"),
            lambda: m["x"], lambda: memoryview()]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
print(b"".join([memoryview(b"a"), b"b"]), b"xy" + memoryview(b"z"), bytearray(b"q") + memoryview(b"r"), b"bc" in b"abcd")
