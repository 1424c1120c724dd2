# str()/repr() of exceptions with various args, and how print/format show them.
cases = [Exception(), Exception(""), Exception("one"), Exception("a", "b"), Exception(1), Exception(None), Exception([1, 2]),
         KeyError(), KeyError(""), KeyError("k"), KeyError(1), KeyError("a", "b"), KeyError(("t",)),
         ValueError("x\ny"), OSError(), OSError("msg"), OSError(2, "ENOENT"), OSError(2, "ENOENT", "file.txt"),
         OSError(2, "ENOENT", "a", None, "b"), UnicodeError("u"), StopIteration(5), SystemExit(), SystemExit(3),
         AttributeError("attr"), NameError("n"), ZeroDivisionError("division by zero"), SyntaxError("s"),
         SyntaxError("msg", ("file.py", 1, 2, "text", 1, 3))]
for e in cases:
    print(f"{type(e).__name__:18} str={str(e)!r:40} repr={e!r}")
print(f"{KeyError('fmt')}", "%s" % ValueError("pct"), "{}".format(TypeError("braces")), [IndexError("in list")])
e = ValueError("changing")
e.args = (1, 2)
print(str(e), repr(e))
e.args = ()
print(repr(str(e)), repr(e))
