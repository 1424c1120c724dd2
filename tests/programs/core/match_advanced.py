# match: nested patterns, as-bindings, guards with side effects, literal vs capture, dotted names, singletons.
class Op:
    ADD = "+"
    MUL = "*"
def evaluate(expr):
    match expr:
        case int() | float() as n:
            return n
        case (Op.ADD, left, right):
            return evaluate(left) + evaluate(right)
        case (Op.MUL, left, right):
            return evaluate(left) * evaluate(right)
        case ("neg", inner):
            return -evaluate(inner)
        case ("sum", *terms):
            return sum(evaluate(t) for t in terms)
        case {"op": "pow", "base": b, "exp": e}:
            return evaluate(b) ** evaluate(e)
        case str(name) if name.isidentifier():
            return {"x": 10, "y": 3}.get(name, 0)
        case _:
            raise ValueError(f"bad expression {expr!r}")
tests = [5, 2.5, ("+", 1, 2), ("*", ("+", 1, 2), 4), ("neg", ("*", 2, 3)), ("sum", 1, 2, 3, ("neg", 4)),
         {"op": "pow", "base": 2, "exp": ("+", 3, 4)}, "x", ("+", "x", "y"), "not valid!", ("-", 1, 2), [("+"), 1, 1]]
for t in tests:
    try:
        print(repr(t), "=", evaluate(t))
    except ValueError as e:
        print("ValueError:", e)
def kinds(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero"
        case "":
            return "empty str"
        case [] | ():
            return "empty seq"
        case {}:
            return "mapping"
        case [[_, _], [_, _]] as m:
            return f"2x2 {m}"
        case [int(a), str(b)] | [str(b), int(a)]:
            return f"int {a} str {b}"
        case x:
            return f"capture {x!r}"
for v in [None, True, False, 0, 0.0, "", [], (), {}, {"a": 1}, [[1, 2], [3, 4]], [1, "a"], ("b", 2), 1j, [1, 2]]:
    print(repr(v), "->", kinds(v))
calls = []
def guard(tag, result):
    calls.append(tag)
    return result
match [1, 2, 3]:
    case [1, *_] if guard("first", False):
        print("not taken")
    case [_, 2, _] if guard("second", True):
        print("second case taken")
    case _:
        print("default")
print(calls)
match 42:
    case n if n > 100:
        print("big")
    case n:
        print("bound n =", n)
print(n)
