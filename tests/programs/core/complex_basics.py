def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
a = complex(1, 2); b = 3 - 4j
print(a, b, a + b, a - b, a * b, a / b, a ** 2, b ** -1, a ** 0.5, abs(b), -a, +a, a.conjugate(), a.real, a.imag)
print(1 + a, a + 1.5, 2 * a, a * 2.0, 1 / a, a / 2, 2 ** a, a ** a, (1j) ** 2, 0j ** 0)
print(a == complex(1, 2), a == 1, complex(3, 0) == 3, complex(3, 0) == 3.0, a != b, 1j == 1j, complex(2**53+1, 0) == 2**53 + 1)
print(complex(), complex(5), complex(2.5), complex(1, 2.5), complex("1+2j"), complex(" (3-4.5j) "), complex("j"), complex("-j"), complex("5"), complex("1e3j"), complex("inf+nanj"), complex(1j, 1j), complex(real=2, imag=3))
print(hash(complex(1, 0)) == hash(1), hash(1j), hash(complex(2.5, -1)))
print(bool(0j), bool(1j), (-8) ** (1/3), (-2.0) ** 0.5)
t(lambda: 1j / 0)
t(lambda: 0j ** -1)
t(lambda: complex("abc"))
t(lambda: complex("1", 2))
t(lambda: complex([]))
t(lambda: complex(1, "2"))
t(lambda: 1j < 2j)
t(lambda: 1j // 2)
t(lambda: abs(complex(1e308, 1e308)))
print(sum([1j, 2, 3.5]), [x * 1j for x in range(3)])
z = 0j
for i in range(5):
    z = z * z + complex(0.3, 0.5)
print(z, abs(z))
print(complex(1).conjugate(), complex(1, -0.0), (1+0j).conjugate(), complex(2.5, -0.0), -(0j), complex(0.0, -0.0))
z = complex(1, 0)
print(z.imag, -z.imag, z.conjugate().imag)
class HasComplex:
    def __complex__(self): return 2 + 3j
class HasFloat:
    def __float__(self): return 1.5
class HasIndex:
    def __index__(self): return 7
print(complex(HasComplex()), complex(HasFloat()), complex(HasIndex()), complex(HasComplex(), 1))
