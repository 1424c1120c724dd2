# int attributes and methods.
for n in (0, 6, -6, 10**18, True):
    print(n, n.real, n.imag, n.numerator, n.denominator, n.conjugate(), n.as_integer_ratio())
print((17).__add__(3), (17).__sub__(3.0), (17).__radd__(2), (5).__truediv__(2))
print(int.__name__, type(5).__name__, isinstance(True, int), int.mro())
print(abs(-7), -(-7), +7, ~7, (7).__neg__(), (7).__invert__())
print((3).__pow__(4), (3).__pow__(4, 5), (3).__rpow__(2))
print(int.from_bytes(b"\x10", "big").__index__(), (12).__format__("08b"))
print((5).__eq__(5.0), (5).__eq__("5"), (5).__lt__(6), (5).__lt__(6.5))
print(round(1234567, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7, 3))
print(hash(5) == hash(5.0), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-2**61))
