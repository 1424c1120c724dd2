# eval(repr(x)) == x for builtin values, including nested containers, special floats via names, bytes and escapes.
values = [0, -17, 2**100, 0.1, -1.5e-300, 1e300, 3 + 4j, -0.0, "", "quote ' and \"", "tab\t\n\x00\u1234\U0001F600", b"\x00\xff'\"",
          [], [1, [2, [3]]], (), (1,), ((1, 2), [3]), {}, {"a": {"b": [1, 2]}}, {1, 2, 3}, frozenset({4}), None, True, False,
          range(1, 10, 2), slice(1, None, 2), bytearray(b"ab"), ..., [None, ..., True]]
ok = 0
for v in values:
    r = repr(v)
    back = eval(r)
    same = back == v and type(back) is type(v)
    ok += same
    print(f"{r:45} {same}")
print(ok, len(values))
env = {"inf": float("inf"), "nan": float("nan")}
for v in (float("inf"), float("-inf"), [float("inf")]):
    print(repr(v), eval(repr(v), env) == v)
n = eval(repr(float("nan")), env)
print(n != n)
print(repr(-0.0), eval("-0.0"), str(eval(repr(-0.0))), eval("0.1 + 0.2") == 0.30000000000000004)
