# print: sep, end, file=sys.stderr, flush, multiple and zero arguments, non-str objects.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print("no newline", end="")
print(" -- continued")
print(1, 2.5, None, True, [1, "x"], {"k": (1,)}, sep=" | ")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*range(5), sep="-")
print("multi\nline", "text", sep="\n")
print(sep="ignored", end="only end\n")
print("x", sep=None, end=None)
print("stderr", "too", sep="+", file=sys.stderr, end="!\n")
sys.stdout.write("written directly\n")
sys.stderr.write("stderr direct\n")
print("done", file=None)
class Obj:
    def __str__(self):
        return "custom str"
print(Obj(), [Obj()] if False else "skip")
try:
    print("x", file=42)
except AttributeError as e:
    print("AttributeError:", e)
try:
    print("x", end=5)
except TypeError as e:
    print("TypeError:", e)
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
c = Collector()
print("into", "collector", sep="_", file=c)
print(c.parts)
