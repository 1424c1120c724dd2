# builtins.open in text mode: TextIOWrapper writing, reading, newlines, tell/seek, errors.
import time

path = "/tmp/krait_io_text_%d_%d.txt" % (time.time_ns(), id(object()))

def show(x):
    return repr(x).replace(path, "PATH")

def attempt(label, f):
    try:
        print(label, show(f()))
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(path, "PATH"))

with open(path, "w") as f:
    print(show(f), f.mode, f.name == path, f.encoding, f.errors, f.line_buffering)
    print(f.write("first line\n"), f.write("ünïcödé ☃ \U0001f600\n"), f.write("cr\rcrlf\r\nend"))
    print("printed", 42, sep="|", end="!\n", file=f)
    f.writelines(["w1\n", "w2\n"])
    print(f.writable(), f.readable(), f.seekable(), f.closed, f.tell())
print(f.closed, show(f))
attempt("write closed", lambda: f.write("x"))
attempt("print closed", lambda: print("x", file=f))

with open(path) as f:
    print(repr(f.read()))
    print(f.newlines)
with open(path, newline="") as f:
    print(f.readlines(), f.newlines)
with open(path, newline="\r") as f:
    print(f.readlines())
with open(path, newline="\r\n") as f:
    print(f.readlines())
with open(path, "rb") as f:
    print(f.read())

with open(path) as f:
    positions = []
    while True:
        pos = f.tell()
        line = f.readline()
        if not line:
            break
        positions.append((pos, line))
    print(positions)
    for pos, line in reversed(positions):
        f.seek(pos)
        assert f.readline() == line, (pos, line)
    f.seek(positions[1][0])
    print(repr(f.read(3)), f.tell() > positions[1][0])
    print(f.seek(0, 2), repr(f.read()), repr(f.readline()))
    attempt("seek cur", lambda: f.seek(1, 1))
    attempt("seek end", lambda: f.seek(-1, 2))
    attempt("seek whence", lambda: f.seek(0, 5))
    attempt("seek negative", lambda: f.seek(-3))
    f.seek(0)
    for i, line in enumerate(f):
        if i == 1:
            attempt("tell in iteration", f.tell)
    print(f.tell() > 0)
    attempt("write on r", lambda: f.write("x"))

with open(path) as f:
    print(repr(f.read(5)), repr(f.readline(3)), repr(f.readline(100)), repr(f.readline(0)))

with open(path, "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(path, "rb") as f:
    print(f.read())
with open(path, "w", newline="") as f:
    f.write("a\r\nb\rc\n")
with open(path, "rb") as f:
    print(f.read())

with open(path, "w", encoding="latin-1") as f:
    f.write("café\n")
    attempt("unencodable", lambda: f.write("☃"))
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="latin-1") as f:
    print(repr(f.read()), f.encoding)
with open(path, "w", encoding="ascii", errors="replace") as f:
    f.write("naïve ☃\n")
with open(path, encoding="ascii") as f:
    print(repr(f.read()), f.errors)
with open(path, "wb") as f:
    f.write(b"ok\xffbad\n")
attempt("bad utf-8", lambda: open(path).read())
with open(path, errors="replace") as f:
    print(repr(f.read()))
with open(path, errors="surrogateescape") as f:
    print(repr(f.read()))

with open(path, "w") as f:
    f.write("x" * 10000 + "\n" + "y" * 5)
with open(path) as f:
    print(len(f.readline()), repr(f.readline()), repr(f.readline()))

with open(path, "a") as f:
    print(f.tell(), f.write("+"), f.tell())
with open(path, "r+") as f:
    print(repr(f.read(2)), f.seek(0), f.write("AB"), f.seek(0), repr(f.read(4)))

for mode in ["rw", "rr", "rbt", "q", "", "+", "U", "rU"]:
    attempt("mode " + repr(mode), lambda: open(path, mode))
attempt("binary encoding", lambda: open(path, "rb", encoding="utf-8"))
attempt("binary errors", lambda: open(path, "rb", errors="strict"))
attempt("binary newline", lambda: open(path, "rb", newline=""))
attempt("unbuffered text", lambda: open(path, "r", buffering=0))
attempt("bad newline", lambda: open(path, newline="x"))
attempt("bad encoding", lambda: open(path, encoding="no-such-codec"))
attempt("encoding type", lambda: open(path, encoding=5))
attempt("mode type", lambda: open(path, 5))
attempt("bad file", lambda: open([]))
attempt("missing", lambda: open("/nonexistent-dir/x"))
attempt("keyword", lambda: open(path, bogus=1))

with open(path, "w") as f:
    f.write("data")
    f.flush()
    with open(path) as g:
        print(repr(g.read()))
open(path, "w").write("written without close\n")
with open(path) as g:
    print(repr(g.read()))
try:
    import os
    os.remove(path)
except Exception:
    pass
