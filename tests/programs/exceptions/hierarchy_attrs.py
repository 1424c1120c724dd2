# The built-in exception hierarchy and exception attributes.
names = ["BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception", "StopIteration",
         "StopAsyncIteration", "ArithmeticError", "FloatingPointError", "OverflowError", "ZeroDivisionError",
         "AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError", "ModuleNotFoundError",
         "LookupError", "IndexError", "KeyError", "MemoryError", "NameError", "UnboundLocalError", "OSError",
         "BlockingIOError", "ChildProcessError", "ConnectionError", "BrokenPipeError", "ConnectionAbortedError",
         "ConnectionRefusedError", "ConnectionResetError", "FileExistsError", "FileNotFoundError",
         "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError",
         "TimeoutError", "ReferenceError", "RuntimeError", "NotImplementedError", "RecursionError",
         "SyntaxError", "IndentationError", "TabError", "SystemError", "TypeError", "ValueError",
         "UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError", "Warning",
         "DeprecationWarning", "PendingDeprecationWarning", "RuntimeWarning", "SyntaxWarning", "UserWarning",
         "FutureWarning", "ImportWarning", "UnicodeWarning", "BytesWarning", "ResourceWarning", "EncodingWarning",
         "BaseExceptionGroup", "ExceptionGroup"]
for n in names:
    cls = getattr(__builtins__, n)
    print(n, [b.__name__ for b in cls.__bases__], [k.__name__ for k in cls.__mro__][1:3])
print(IOError is OSError, EnvironmentError is OSError)
e = ValueError("msg", 42)
print(e.args, str(e), repr(e), e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
print(str(ValueError()), repr(ValueError()), str(ValueError("one")), repr(KeyError("k")), str(KeyError("k")), str(KeyError()))
print(str(KeyError("a", "b")), repr(OSError(2, "No such file")), OSError(2, "nf").errno, OSError(2, "nf").strerror)
print(type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__, type(OSError(17, "x")).__name__)
se = SystemExit(3)
print(se.code, SystemExit().code, SystemExit("msg").code, SystemExit(1, 2).code)
si = StopIteration("v")
print(si.value, StopIteration().value)
ne = NameError("x", name="varname")
print(ne.name, AttributeError("a", name="n", obj=5).obj, ImportError("m", name="mod", path="/p").path)
ue = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")
print(ue, ue.object, ue.start, ue.end, ue.reason)
sx = SyntaxError("bad syntax", ("f.py", 3, 5, "x = = 1\n", 3, 6))
print(sx, sx.filename, sx.lineno, sx.offset, sx.text, sx.msg, sx.end_lineno, sx.end_offset)
ex = Exception()
ex.custom = "attr"
ex.args = ("replaced",)
print(ex, ex.custom, ex.args)
e2 = Exception("x")
print(e2.with_traceback(None) is e2)
try:
    raise ZeroDivisionError
except ArithmeticError as caught:
    print("caught as ArithmeticError:", type(caught).__name__, caught.args)
