# Conditional expressions, boolean operators returning operands, and short-circuit evaluation order.
def trace(label, value):
    print("  eval", label)
    return value
for x in (-5, 0, 5, 50):
    sign = "neg" if x < 0 else "zero" if x == 0 else "pos"
    size = "big" if abs(x) > 10 else "small"
    print(x, sign, size)
print("case 1:", trace("a", 0) or trace("b", "") or trace("c", "last"))
print("case 2:", trace("a", 1) and trace("b", 2) and trace("c", 0) and trace("d", 4))
print("case 3:", trace("cond", True) and trace("then", "T") or trace("else", "E"))
print("case 4:", trace("x", None) if trace("test", False) else trace("y", "chosen"))
print("case 5:", not trace("n", []), not not trace("n2", [0]))
vals = [0, 1, "", "x", None, [], [0]]
print([v or "default" for v in vals], [v and "truthy" for v in vals])
print(all(v for v in vals if v), any([]), (lambda: 1 if True else 2)(), [i if i % 2 else -i for i in range(6)])
a = b = None
print(a is None and b is None, (a or b) is None, (a or 0) == 0)
print(1 if [] else 2, 1 if [[]] else 2, "s" * (3 if True else 1), (3 > 2) + (2 > 3) + (1 == 1.0))
