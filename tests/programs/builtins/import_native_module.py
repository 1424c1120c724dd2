"""import of a native module: sys attributes, struct sequences, import errors, print(file=)."""
import sys
from sys import exit as ex, maxsize
print(sys.float_info)
print(sys.float_info.max, sys.float_info[0], type(sys.float_info), len(sys.float_info))
print(sys.hash_info, sys.int_info)
print(sys.version_info[:2], sys.version_info >= (3, 11), sys.version_info.major)
print(len(sys.argv), sys.argv[0].endswith("import_native_module.py"), maxsize, sys.maxunicode, sys.byteorder)
print(sys)
print(sys.stdout, sys.stderr.name)
print(sys.modules["__main__"].__name__, "sys" in sys.modules, __name__)
try:
    sys.nothere
except AttributeError as e:
    print(e)
try:
    from sys import nothere
except ImportError as e:
    print(e)
try:
    import nosuchmod
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    import sys.foo
except ModuleNotFoundError as e:
    print(e)
try:
    raise KeyError(1)
except KeyError:
    print(sys.exc_info()[0], sys.exception())
print(sys.exc_info())
print("to stderr", file=sys.stderr)
sys.stdout.write("direct\n")
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print(1, 2, 3, sep="-", file=w)
print(w.parts)
print(sys.getrecursionlimit())
print(__import__("sys") is sys)
print(sys.flags.optimize, type(sys.flags).__name__, sys.flags.hash_randomization)
def f():
    try:
        sys.setrecursionlimit(0)
    except ValueError as e:
        print(e)
f()
print(sys.warnoptions, sys._xoptions)
ex(3)
