# match: sequence patterns with stars, nesting, and str/bytes not matching sequences.
def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y] if x == y:
            return f"pair of equal {x}"
        case [x, y]:
            return f"pair {x},{y}"
        case [0, *rest]:
            return f"starts with 0, rest {rest}"
        case [first, *_, last] if len(v) > 5:
            return f"long {first}..{last}"
        case [(a, b), *others]:
            return f"tuple head {a} {b}, {len(others)} others"
        case [x, [y, *z], *w]:
            return f"nested {x} {y} {z} {w}"
        case (x, y, z):
            return f"triple {x} {y} {z}"
        case _:
            return "other"
for v in [[], [1], (5,), [2, 2], [1, 2], (0, 1, 2, 3), [1, 2, 3, 4, 5, 6, 7], [(1, 2), 3, 4], [1, [2, 3, 4], 5],
          (7, 8, 9), "ab", "abc", b"xy", range(3), [1, 2, 3, 4], {1: 2}, 42]:
    print(repr(v), "->", shape(v))
def star_mid(v):
    match v:
        case [a, *mid, b, c]:
            return (a, mid, b, c)
    return None
print(star_mid([1, 2]), star_mid([1, 2, 3]), star_mid(list(range(7))), star_mid(iter([1, 2, 3])))
