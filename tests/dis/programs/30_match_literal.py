def f(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2:
            return "small"
        case "s":
            return "string"
        case None:
            return "none"
        case True:
            return "true"
        case -1.5:
            return "neg"
        case n if n > 100:
            return "big"
        case _:
            return "other"
print([f(v) for v in (0, 2, "s", None, True, -1.5, 200, 50)])
