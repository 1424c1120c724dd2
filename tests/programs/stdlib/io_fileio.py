# _io.FileIO: modes, reading, writing, seeking, closefd, opener and errors.
import _io
import time

path = "/tmp/krait_io_fileio_%d_%d.bin" % (time.time_ns(), id(object()))

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(path, "PATH"))

f = _io.FileIO(path, "w")
print(f.mode, f.closefd, f.writable(), f.readable(), f.seekable(), f.isatty(), f.name == path)
print(f.write(b"line one\n"), f.write(bytearray(b"line two\n")), f.write(memoryview(b"end")), f.tell())
attempt("read on w", lambda: f.read())
print(repr(f).replace(path, "PATH"))
f.close()
f.close()
print(repr(f), f.closed)
attempt("closed read", lambda: f.read())
attempt("closed fileno", lambda: f.fileno())
attempt("closed flush", lambda: f.flush())

with _io.FileIO(path) as f:
    print(f.mode, f.read(4), f.read(1), f.readline(), f.tell())
    print(f.readall(), f.read(), f.seek(0), f.readlines())
    buf = bytearray(4)
    f.seek(5)
    print(f.readinto(buf), buf, f.seek(-3, 2), f.read())
    attempt("write on r", lambda: f.write(b"x"))
    attempt("truncate on r", lambda: f.truncate())
    attempt("seek float", lambda: f.seek(1.0))
print(f.closed)

with _io.FileIO(path, "r+") as f:
    print(f.mode, f.read(4), f.write(b"ONE"), f.seek(0), f.read(9))
    print(f.truncate(4), f.seek(0, 2), f.truncate(), f.tell())

with _io.FileIO(path, "a") as f:
    print(f.mode, f.tell(), f.write(b"++"), f.tell())
with _io.FileIO(path, "rb") as f:
    print(f.read())

attempt("x on existing", lambda: _io.FileIO(path, "x"))
attempt("bad mode", lambda: _io.FileIO(path, "rw"))
attempt("bad mode 2", lambda: _io.FileIO(path, "r++"))
attempt("bad char", lambda: _io.FileIO(path, "rq"))
attempt("no mode", lambda: _io.FileIO(path, "b"))
attempt("missing", lambda: _io.FileIO("/nonexistent-dir/x"))
attempt("directory", lambda: _io.FileIO("/tmp"))
attempt("negative fd", lambda: _io.FileIO(-5))
attempt("float", lambda: _io.FileIO(1.5))
attempt("closefd with name", lambda: _io.FileIO(path, closefd=False))
attempt("bad type", lambda: _io.FileIO([]))

f = _io.FileIO(path, "r")
g = _io.FileIO(f.fileno(), "r", closefd=False)
print(g.name == f.fileno(), g.closefd, g.read(3), repr(g).startswith("<_io.FileIO name="))
g.close()
print(f.read(3))
f.close()

calls = []
def opener(name, flags):
    calls.append(name == path)
    return _io.FileIO(name, "r", closefd=False).fileno() if False else _io.FileIO(name, "r").__class__ and 0 + _opener_fd()
def _opener_fd():
    h = _io.FileIO(path, "r", closefd=True)
    keep.append(h)
    return h.fileno()
keep = []
f = _io.FileIO(path, "r", opener=opener, closefd=True)
print(calls, f.read(3))
f.close()
attempt("opener bad", lambda: _io.FileIO(path, opener=lambda n, fl: "x"))
attempt("opener neg", lambda: _io.FileIO(path, opener=lambda n, fl: -3))
print(_io.FileIO.__mro__)
try:
    import os
    os.remove(path)
except Exception:
    pass
