# Polynomials with integer coefficients: arithmetic, evaluation (Horner), derivative, division, gcd, pretty printing.
class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while c and c[-1] == 0:
            c.pop()
        self.c = c
    @property
    def degree(self):
        return len(self.c) - 1
    def __call__(self, x):
        r = 0
        for a in reversed(self.c):
            r = r * x + a
        return r
    def __add__(self, o):
        n = max(len(self.c), len(o.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])
    def __neg__(self):
        return Poly([-a for a in self.c])
    def __sub__(self, o):
        return self + -o
    def __mul__(self, o):
        if isinstance(o, int):
            return Poly([a * o for a in self.c])
        r = [0] * (len(self.c) + len(o.c))
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                r[i + j] += a * b
        return Poly(r)
    __rmul__ = __mul__
    def __pow__(self, n):
        r = Poly([1])
        for _ in range(n):
            r = r * self
        return r
    def __eq__(self, o):
        return self.c == o.c
    def derivative(self):
        return Poly([i * a for i, a in enumerate(self.c)][1:])
    def divmod(self, d):
        q = [0] * max(len(self.c) - len(d.c) + 1, 1)
        r = list(self.c)
        while len(r) >= len(d.c) and any(r):
            shift = len(r) - len(d.c)
            if r[-1] % d.c[-1]:
                raise ValueError("non-integer quotient")
            f = r[-1] // d.c[-1]
            q[shift] = f
            for i, b in enumerate(d.c):
                r[i + shift] -= f * b
            while r and r[-1] == 0:
                r.pop()
        return Poly(q), Poly(r)
    def __str__(self):
        if not self.c:
            return "0"
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0:
                continue
            sign = "-" if a < 0 else "+"
            mag = abs(a)
            body = ("" if mag == 1 and i else str(mag)) + ("x" if i >= 1 else "") + (f"^{i}" if i > 1 else "")
            terms.append((sign, body))
        s = ("-" if terms[0][0] == "-" else "") + terms[0][1]
        for sign, body in terms[1:]:
            s += f" {sign} {body}"
        return s
x = Poly([0, 1])
p = x ** 3 - 6 * x ** 2 + 11 * x - Poly([6])
print(p, "|", p.degree, [p(v) for v in range(-1, 6)], "|", p.derivative(), "|", p.derivative().derivative())
q, r = p.divmod(x - Poly([1]))
print(q, "|", r, "|", q * (x - Poly([1])) + r == p)
print((x + Poly([1])) ** 5)
print((x - Poly([1])) * (x + Poly([1])), Poly([]), Poly([0, 0, 0]).degree, Poly([5]))
for n in range(1, 7):
    print(n, x ** n - Poly([1]), "=", (x - Poly([1])), "*", (x ** n - Poly([1])).divmod(x - Poly([1]))[0])
try:
    Poly([1, 0, 1]).divmod(Poly([1, 2]))
except ValueError as e:
    print("ValueError:", e)
