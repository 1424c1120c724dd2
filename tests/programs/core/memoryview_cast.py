"""memoryview.cast to the native single-character formats: len, indexing, tolist, iteration,
the attributes, and CPython's errors (what re._compiler needs for its big charsets)."""
data = bytes(range(1, 17))
m = memoryview(data)
for fmt in ["B", "b", "c", "H", "h", "I", "i", "L", "l", "Q", "q", "?", "N", "n"]:
    c = m.cast(fmt)
    print(fmt, len(c), c.format, c.itemsize, c.nbytes, c.shape, c.strides, c.readonly, c[0], c[-1], c.tolist()[:3], list(c)[:2])
print(len(m.cast("@I")), m.cast("@I")[0])
print(memoryview(b"\x00\x00\x80\x3f").cast("f").tolist(), memoryview(bytes(8)).cast("d").tolist())
print(memoryview(bytearray(b"abcd")).cast("I").readonly, memoryview(b"\xff\xff").cast("h")[0])
print(m.cast("I").cast("B").tolist() == list(data), m.cast("I").tobytes() == data)
print(memoryview(bytearray(256)).cast("I").tolist() == [0] * 64)
for bad in [("x",), ("II",), ("<I",)]:
    try:
        m.cast(*bad)
    except ValueError as e:
        print("ValueError", e)
for fmt, src in [("I", b"abc"), ("H", b"abc")]:
    try:
        memoryview(src).cast(fmt)
    except TypeError as e:
        print("TypeError", e)
try:
    m.cast("I").cast("H")
except TypeError as e:
    print("TypeError", e)
try:
    m[::2].cast("H")
except TypeError as e:
    print("TypeError", e)
try:
    m.cast(1)
except TypeError as e:
    print("TypeError", e)
try:
    m.cast("I")[4]
except IndexError as e:
    print("IndexError", e)
