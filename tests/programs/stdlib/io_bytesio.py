# _io.BytesIO: reading, writing, seeking, getbuffer and errors.
import _io

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

b = _io.BytesIO(b"abc\ndef\nghi")
print(b.read(2), b.readline(), b.readline(2), b.tell(), b.readlines())
print(b.seek(0), list(b), b.seek(-2, 2), b.read(), b.seek(-100, 1), b.tell())
b.seek(4)
print(b.write(b"XY"), b.getvalue(), b.tell())
b.seek(15)
b.write(b"!")
print(b.getvalue())
print(b.truncate(3), b.getvalue(), b.tell())
b.seek(0)
buf = bytearray(2)
print(b.readinto(buf), buf, b.read1(), b.read1(5))
b.writelines([b"1", bytearray(b"2"), memoryview(b"3")])
print(b.getvalue(), b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush())

b = _io.BytesIO(b"0123")
v = b.getbuffer()
v[0] = ord("9")
print(b.getvalue(), len(v), bytes(v))
attempt("resize while exported", lambda: b.write(b"too long now"))
del v
print(b.write(b"ok"), b.getvalue())

attempt("seek -1", lambda: b.seek(-1))
attempt("seek whence", lambda: b.seek(0, 7))
attempt("truncate -1", lambda: b.truncate(-1))
attempt("write str", lambda: b.write("x"))
attempt("init str", lambda: _io.BytesIO("x"))
attempt("read str", lambda: b.read("x"))
attempt("state", lambda: b.__getstate__())
b.close()
for name, args in [("read", ()), ("write", (b"x",)), ("getvalue", ()), ("tell", ()),
                   ("seek", (0,)), ("readable", ()), ("flush", ()), ("getbuffer", ())]:
    attempt("closed " + name, lambda: getattr(b, name)(*args))
print(b.closed)
with _io.BytesIO(b"ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
print(isinstance(c, _io._BufferedIOBase), _io.BytesIO.__mro__)
