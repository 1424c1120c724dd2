# sys.stdout/stderr/stdin as _io.TextIOWrapper objects, print() through them, builtins.open.
import sys
import _io

print(sys.stdout, sys.stderr, sys.stdin)
print(type(sys.stdout), type(sys.stdout).__mro__[1:3])
print(sys.stdout.encoding, sys.stdout.errors, sys.stderr.errors, sys.stdin.errors)
print(sys.stdout.mode, sys.stderr.mode, sys.stdin.mode, sys.stdout.name, sys.stderr.name)
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable(), sys.stdin.writable())
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.stdout.buffer.raw.name if hasattr(sys.stdout.buffer, "raw") else sys.stdout.buffer.name)
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr, sys.__stdin__ is sys.stdin)
print(open is _io.open)
print(sys.stdout.write("written\n"))
sys.stderr.write("to stderr\n")
print("to stderr by print", 1, 2, sep="-", file=sys.stderr)
print(sys.stdin.read())
print("flushed", flush=True)

class Upper:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s.upper())
u = Upper()
print("a", "b", 3, file=u, sep=":", end="?")
print(u.parts)

class Loud(_io.StringIO):
    def write(self, s):
        return super().write("<" + s + ">")
l = Loud()
print("x", "y", file=l)
print(repr(l.getvalue()))

s = _io.StringIO()
saved = sys.stdout
sys.stdout = s
print("captured", 42)
sys.stdout = saved
print(repr(s.getvalue()))

closed = _io.StringIO()
closed.close()
try:
    print("x", file=closed)
except ValueError as e:
    print("ValueError", e)
try:
    print("x", file=5)
except AttributeError as e:
    print("AttributeError", e)
print("end")
