# format() with the format-spec mini-language: int, float, str, complex and bool values,
# fill/align/sign/z/#/0/width/grouping/precision/type, and CPython's error messages.
cases = [(1,'d.'), (1,'.2d'), (1,'s'), ('a','d'), ('a','+'), ('a','#'), ('a','='), ('a','z'), (1,'z'), (1.0,'d'), (1,',_'), (1,'_,'), (1,',,'), (1, ',s'), ('a', ','), (1,',n'), (1,'+c'), (1,'#c'), (10**7,'c'), (1,'xx'), (1,'99999999999999999999'), (1,'.99999999999999999999f'), (1.0, '.99999999999999999999f'), (1j, '=10'), (1j,'010'), (1j,'d'), (None,'d'), (1.5,'.'), (1,'_c'), (1.0,'_b'),('x','.'), ('x', '.2x'), (2, ',x'), (1, '%%'), (1, '<<<'), (1.0, 'zd'), ('', 'z'), (1, 'zd'), (1.0, '#c'),(-1,'c'), (1, '.0'),(1,'.5'),(1.0, ',.2'), (True, 'x'), (1, '_b'), (1, ',b')]
for v, s in cases:
    try:
        print(repr(v), repr(s), repr(format(v, s)))
    except Exception as e:
        print(repr(v), repr(s), type(e).__name__, e)
inf=float('inf'); nan=float('nan')
cases=[(inf,'010'),(-inf,'010,'),(nan,'+08'),(1234,'08,'),(1234,'0=8,'),(1234,'x=8,'),(-1234.5,'012,.2f'),(1234.5,'0>12,.2f'),(255,'#010x'),(255,'#x'),(-255,'#X'),(255,'_b'),(255,'#_b'),(1e100, ','),(1.5e300,',.2f'),(123456789,'_x'),(0.5,'%'),(0.5,'.0%'),(-0.0,'z.1f'),(-0.0001,'z.1f'),(-0.0, ''),(-0.0,'z'),(1e16,''),(1e16,'.3'),(1.0,'.3'),(1.0,'#.3'),(1.0,'#g'),(123.0,'#.0f'),(123.0,'#.0e'),(12345678.0,'g'),(1e-5,'g'),(0.0001,'g'),(1e22,'n'),(3.14159,'10.3'),(3.14159,'^+12.4e'),(1j,''),(1+2j,'.2f'),(-1.5-0j,''),(1j,'>10'),(1.5+2j, 'g'),(1.5+2j,'+.3'),(0j,'e'), (12,'^7'),(12,'*^8'),('ab','05'),('abcdef','.3'),('é','x^5'),(1e16,'.17'),(0.1,'.17'),(1/3,''),(1/3,'.0'),(100.0,'.0'),(100.0,'.1'), (2.5, '.0f'),(1e-7,''),(1e-7,'.3'),(5e-324,'.1000')]
for v, s in cases:
    try:
        print(repr(v), repr(s), repr(format(v, s)))
    except Exception as e:
        print(repr(v), repr(s), type(e).__name__, e)

# Pseudo-random floats (an LCG) through many specs: rounding on the exact binary value.
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed
specs = ["", ".0f", ".1f", ".2f", ".3e", ".0e", "g", ".1g", ".12g", "#.3g", ".17", "%", ",.2f", "_", "+012.4f", "z.0f", "n", "E", "G"]
for _ in range(60):
    m = rnd() / 2**31 - 0.5
    e = rnd() % 40 - 20
    x = m * 10.0 ** e
    print(repr(x), [format(x, s) for s in specs])
for x in [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 1e-300, 1.7976931348623157e308, 5e-324, 123456789.0]:
    print(repr(x), [format(x, s) for s in specs])
for n in [0, 1, -1, 7, 10**20, -(10**20) + 1, 2**64, 255, -255]:
    print(n, [format(n, s) for s in ["", "d", ",", "_", "x", "#X", "_x", "#o", "b", "#_b", "+", " ", "=+10", "^10", "010,", "e", ".2f", "%", "g", "n"]])
print(f"{3.14159!a:>10} {'é'!a} {'x'!r:5}|{12!s:>4}|{-0.0:z}|{1e16}|{1e-5}|{1/3:.5}|")
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return "$" + format(self.v, spec or ".2f")
print(format(Money(3.14159)), f"{Money(2):>8.1f}", "[" + format(Money(1), "") + "]")
class Plain:
    pass
try:
    format(Plain(), "x")
except TypeError as e:
    print("TypeError:", e)
p = Plain()
print(format(p, "") == str(p))
class Bad:
    def __format__(self, spec):
        return 42
for f in [lambda: format(Bad(), ""), lambda: f"{Bad()}", lambda: format(1, 2), lambda: (1).__format__(1), lambda: ascii()]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
print(ascii("héllo\u20ac\U0001f600"), ascii([1, "ü"]), ascii(1.5))
print(int.__format__(5, "03"), float.__format__(0.5, "%"), str.__format__("a", ">3"), object.__format__(1, ""))
