# _io.StringIO: reading, writing, seeking, newline translation and errors.
import _io

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = _io.StringIO()
print(s.write("hello"), s.write(" world\n"), s.tell(), repr(s.getvalue()))
s.seek(0)
print(repr(s.read(5)), repr(s.read()), repr(s.read()))
s.seek(6)
s.write("W")
print(repr(s.getvalue()), s.tell())
s.seek(20)
s.write("!")
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())

s = _io.StringIO("one\ntwo\nthree")
print(repr(s.readline()), repr(s.readline(2)), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(s.readlines())
s.seek(0)
print([line for line in s])
print(list(_io.StringIO("a\nb\n")), s.readable(), s.writable(), s.seekable(), s.isatty())
print(s.line_buffering, s.newlines, s.closed, s.encoding, s.errors)

for nl in [None, "", "\n", "\r", "\r\n"]:
    s = _io.StringIO("a\r\nb\rc\nd", newline=nl)
    v = s.getvalue()
    lines = []
    while True:
        line = s.readline()
        if not line:
            break
        lines.append(line)
    print(repr(nl), repr(v), lines, s.newlines)

s = _io.StringIO(newline=None)
s.write("x\r")
print(repr(s.getvalue()), s.newlines)
s.write("\ny\r\n")
print(repr(s.getvalue()), s.newlines)

s = _io.StringIO("abc")
attempt("seek -1", lambda: s.seek(-1))
attempt("seek cur", lambda: s.seek(1, 1))
attempt("seek end0", lambda: s.seek(0, 2))
attempt("seek whence 3", lambda: s.seek(0, 3))
attempt("seek float", lambda: s.seek(1.5))
attempt("truncate -1", lambda: s.truncate(-1))
attempt("write int", lambda: s.write(1))
attempt("read str", lambda: s.read("x"))
attempt("init int", lambda: _io.StringIO(1))
attempt("newline x", lambda: _io.StringIO("", "x"))
attempt("newline int", lambda: _io.StringIO("", 5))
attempt("state", lambda: _io.StringIO("q\n", newline=None).__getstate__())
s.close()
print(s.closed)
for name, args in [("read", ()), ("write", ("x",)), ("getvalue", ()), ("tell", ()),
                   ("readline", ()), ("seek", (0,)), ("readable", ()), ("isatty", ()),
                   ("flush", ()), ("readlines", ())]:
    attempt("closed " + name, lambda: getattr(s, name)(*args))
with _io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)

class Upper(_io.StringIO):
    def write(self, text):
        return super().write(text.upper())
u = Upper()
u.write("shout")
print(u.getvalue(), isinstance(u, _io._TextIOBase), isinstance(u, _io._IOBase))
u.extra = 5
print(u.extra)
