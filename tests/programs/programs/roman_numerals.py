# Roman numeral conversion both ways with validation, and a table of conversions.
VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range 1..3999")
    out = []
    for v, s in VALUES:
        q, n = divmod(n, v)
        out.append(s * q)
    return "".join(out)
def from_roman(s):
    single = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(s):
        if ch not in single:
            raise ValueError(f"invalid numeral {ch!r} in {s!r}")
        v = single[ch]
        if i + 1 < len(s) and single.get(s[i + 1], 0) > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical numeral {s!r} (canonical: {to_roman(total)})")
    return total
for n in [1, 3, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666, 2888]:
    r = to_roman(n)
    print(n, r, from_roman(r))
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
print(max(range(1, 4000), key=lambda n: (len(to_roman(n)), n)), to_roman(3888))
for bad in ["IIII", "VX", "ABC", "IC", "MMMM", ""]:
    try:
        print(bad, from_roman(bad))
    except ValueError as e:
        print("ValueError:", e)
for n in (0, 4000, -5):
    try:
        to_roman(n)
    except ValueError as e:
        print("ValueError:", e)
lengths = {}
for n in range(1, 4000):
    lengths[len(to_roman(n))] = lengths.get(len(to_roman(n)), 0) + 1
print(sorted(lengths.items()))
