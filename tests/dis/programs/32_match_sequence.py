def f(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b, *rest]:
            return f"many {a} {b} {rest}"
        case (1, [2, c]):
            return c
print(f([]), f([1]), f([1, 2, 3]))
