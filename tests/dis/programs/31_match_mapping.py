def f(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return px + py
        case {"k": 1, **rest}:
            return rest
        case {}:
            return "mapping"
print(f({"type": "point", "x": 1, "y": 2}), f({"k": 1, "z": 3}), f({}))
