# BufferedReader, BufferedWriter and BufferedRandom over FileIO and over BytesIO; binary open().
import _io
import time

path = "/tmp/krait_io_buffered_%d_%d.bin" % (time.time_ns(), id(object()))

def show(x):
    return repr(x).replace(path, "PATH")

def attempt(label, f):
    try:
        print(label, show(f()))
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(path, "PATH"))

with open(path, "wb") as f:
    print(show(f), show(f.raw), f.mode, f.name == path, f.writable(), f.readable(), f.seekable())
    print(f.write(b"0123456789\n"), f.write(bytearray(b"abc\n")), f.tell())
    f.writelines([b"line3\n", b"tail"])
    attempt("read on wb", lambda: f.read())
    attempt("write str", lambda: f.write("text"))
    print(f.tell(), f.flush(), f.closed)
print(f.closed, show(f))
attempt("write closed", lambda: f.write(b"x"))
attempt("flush closed", lambda: f.flush())
attempt("tell closed", lambda: f.tell())

with open(path, "rb") as f:
    print(show(f), f.mode, f.peek(3)[:3], f.read(3), f.read1(4), f.readline(), f.tell())
    print(f.readline(3), f.readlines(), f.read(), f.read(5))
    print(f.seek(0), list(f), f.seek(-4, 2), f.read(), f.seek(2), f.seek(3, 1), f.read(2))
    buf = bytearray(5)
    f.seek(0)
    print(f.readinto(buf), buf, f.readinto1(buf), buf)
    attempt("write on rb", lambda: f.write(b"x"))
    attempt("seek whence", lambda: f.seek(0, 3))
    attempt("read negative", lambda: f.read(-2))
    attempt("truncate on rb", lambda: f.truncate())
    print(f.fileno() > 2, f.isatty(), f.readable(), f.writable())
attempt("read closed", lambda: f.read())
attempt("readline closed", lambda: f.readline())
attempt("peek closed", lambda: f.peek())

with open(path, "r+b") as f:
    print(show(f), f.mode, f.read(4), f.write(b"WXYZ"), f.tell(), f.read(3))
    print(f.seek(0), f.read(12), f.write(b"!"), f.seek(0), f.read())
    print(f.truncate(5), f.tell(), f.seek(0), f.read())
with open(path, "ab") as f:
    print(f.mode, f.tell(), f.write(b"++"), f.tell())
with open(path, "rb", buffering=0) as f:
    print(show(f), f.read())
with open(path, "rb", buffering=4) as f:
    print(f.read(2), f.peek(), f.read(7), f.read())

b = _io.BytesIO(b"one\ntwo\nthree\n")
r = _io.BufferedReader(b, 4)
print(show(r), r.raw is b, r.read(2), r.readline(), r.peek(2)[:2], r.read(), r.read())
w_target = _io.BytesIO()
w = _io.BufferedWriter(w_target, buffer_size=8)
print(w.write(b"abc"), w_target.getvalue(), w.write(b"defghijk"), w_target.getvalue())
w.flush()
print(w_target.getvalue(), w.detach() is w_target)
attempt("detached", lambda: w.write(b"x"))
attempt("detached repr", lambda: repr(w))
attempt("zero size", lambda: _io.BufferedReader(_io.BytesIO(), 0))
attempt("unreadable raw", lambda: _io.BufferedReader(_io.FileIO(path, "w")))
attempt("unwritable raw", lambda: _io.BufferedWriter(_io.FileIO(path, "r")))

rnd = _io.BufferedRandom(_io.BytesIO(b"0123456789"))
print(rnd.read(3), rnd.write(b"abc"), rnd.tell(), rnd.seek(0), rnd.read())
print(_io.BufferedReader.__mro__, issubclass(_io.BufferedRandom, _io._BufferedIOBase))

class Raw(_io._RawIOBase):
    def __init__(self, data):
        self.data = data
        self.calls = 0
    def readinto(self, b):
        self.calls += 1
        n = min(len(b), len(self.data), 3)
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n
    def readable(self):
        return True
raw = Raw(b"abcdefghij")
br = _io.BufferedReader(raw)
print(br.read(4), br.read(), raw.calls, Raw(b"xyz").read(), Raw(b"xyzw").readall())
try:
    import os
    os.remove(path)
except Exception:
    pass
