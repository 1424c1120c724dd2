# complex arithmetic, repr, attributes and errors.
z = 3 + 4j
w = complex(1, -2)
print(z, w, z + w, z - w, z * w, z / w, z ** 2, abs(z), -z, +z, z.conjugate())
print(z.real, z.imag, type(z.real).__name__, z == complex(3, 4), z == 3 + 4.0j, 1j * 1j)
print(complex("1+2j"), complex("-3j"), complex(" 5 "), complex(2), complex(2.5, -0.0), complex("(1-1j)"))
print(repr(0j), repr(-0j), repr(complex(0, -0.0)), repr(complex(-0.0, 0)), 1e300j * 1e10)
print(complex(float("inf"), float("nan")), complex(1.5, 2.25), 2j ** 0.5, (1 + 1j) ** 3)
print(1j ** 2, (2 + 0j) ** -1, pow(1j, 4), 0j ** 0)
try:
    (1 + 2j) // 2
except TypeError as e:
    print("TypeError:", e)
try:
    (1 + 2j) < (2 + 3j)
except TypeError as e:
    print("TypeError:", e)
try:
    1 / 0j
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    complex("1+")
except ValueError as e:
    print("ValueError:", e)
print(hash(3 + 0j) == hash(3), hash(1j), hash(2 - 3j), bool(0j), bool(1j))
print(f"{z}", format(z, ".2f"), format(w, "+.3e"), str(complex(1e20, 1e-20)))
