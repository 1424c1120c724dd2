# match: literal, capture, wildcard, value (dotted), or-patterns, guards.
class Color:
    RED = "red"
    GREEN = "green"
def describe(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello":
            return "greeting"
        case True:
            return "true"
        case None:
            return "none"
        case Color.RED:
            return "the color red"
        case b"raw":
            return "bytes"
        case int(n) if n > 100:
            return f"big {n}"
        case str() as s if len(s) > 5:
            return f"long string {s!r}"
        case x if isinstance(x, float):
            return f"float {x}"
        case _:
            return f"other {v!r}"
for v in [0, 1, 3, -1, 1.5, "hello", True, False, None, "red", "green", b"raw", 500, 50, "abcdefg", "abc", 2.5, 1.0, [1]]:
    print(repr(v), "->", describe(v))
