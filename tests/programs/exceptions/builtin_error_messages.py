# The text of common built-in TypeError/ValueError/etc. messages.
cases = [
    "1 + 'a'", "'a' + 1", "[] + ()", "1 < 'a'", "None < None", "{} < {}", "len(5)", "n()", "s()",
    "l[None]", "t['x']", "{}[[]]", "s[1.5]", "abs('x')", "int('x')", "float([])", "list(5)",
    "iter(None)", "next([])", "hash([])", "sum(['a', 'b'])", "sum([[1]], [])", "min([])", "max(1)",
    "divmod(1, 0)", "1 % 0", "[].index(1)", "'a'.index('b')", "{}.pop(1)", "set().remove(1)",
    "(1).foo", "'x'.bar()", "ord('')", "chr(-1)", "'%d' % 'x'", "'{}'.format", "f(1)", "undefined",
    "[1, 2, 3][10]", "'ab'[5]", "(1, 2)[-3]", "range(3)[7]", "b'x'[2]", "int.foo", "object().bar",
    "-'a'", "~1.5", "1 << 1.0", "1.0 & 2", "[] * []", "'a' * 'b'", "'a' * 1.5", "print(sep=1)",
    "sorted(1)", "isinstance(1, 1)", "issubclass(1, int)", "getattr(1, 2)", "setattr(1, 'x', 2)",
    "type('x', 1, {})", "round('x')", "pow(1, 2, 3.0)", "bytes('x')", "memoryview(1)", "dict(1)",
    "dict([1])", "dict([(1, 2, 3)])", "slice()", "zip(1)", "enumerate(1)", "reversed(1)", "callable()",
    "frozenset(1)", "int(1, 2)", "str(b'', 5)", "complex('x')", "complex(1, 'x')", "bool(1, 2)",
    "[].append()", "[].append(1, 2)", "{}.get()", "'a'.split(1)", "'a'.join(1)", "(1).to_bytes(1, 'x')",
    "del undefined", "x = []; x[0] = 1", "x = {}; del x[1]", "assert False", "assert 1 == 2, 'msg'",
    "raise StopIteration", "import nonexistent_module_xyz",
]
def f():
    pass
for src in cases:
    try:
        exec(src, {"f": f, "n": 5, "s": "abc", "l": [1], "t": (1,)})
        print(f"{src!r}: no error")
    except BaseException as e:
        print(f"{src!r}: {type(e).__name__}: {e}")
