# complex in depth: parsing, repr of signed zeros and specials, arithmetic identities, abs/pow, conversions and errors.
vals = [0j, 1j, -1j, 1 + 0j, -1 - 1j, complex(0.0, -0.0), complex(-0.0, 0.0), 1e300 + 1e300j, complex(float("inf"), 1),
        complex(1, float("nan")), 2.5 - 3.25j, complex("1e-3-2e2j")]
for z in vals:
    print(repr(z), z.real, z.imag, z.conjugate(), abs(z) if abs(z) < float("inf") else "inf-abs")
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** 0.5, b ** -1, (1j) ** 2, (1 + 1j) ** 8, a * a.conjugate())
print(a == complex(3, 4), a != b, hash(a) == hash(complex(3, 4)), 5 + 0j == 5, (5 + 0j) == 5.0, {5: "five"}[5 + 0j])
print(complex(" 3+4j "), complex("-j"), complex("+1.5J"), complex("1_000j"), complex(2, 3) * 1j, 1j * 1j * 1j)
for bad in ["3 + 4j", "j2", "1+2", "", "(1+2j"]:
    try:
        print(repr(bad), complex(bad))
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
for op in [lambda: (1 + 1j) < (2 + 2j), lambda: int(1j), lambda: float(1j), lambda: (1j) % 2, lambda: divmod(1j, 1)]:
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)
try:
    (0j) ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(f"{a:.3f}", f"{b:+.1e}", f"{1j:10}", f"{a:>20}", format(1 + 2j, ""), str(complex(1, -0.0)))
