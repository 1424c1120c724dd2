# int <-> str conversions in all bases, str of huge ints, formatting with grouping, and parsing round trips.
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))
for n in [0, 1, -1, 35, 36, 255, -255, 2**32, 10**20, -(3**40)]:
    reps = [to_base(n, b) for b in (2, 3, 8, 16, 36)]
    print(n, reps, all(int(r, b) == n for r, b in zip(reps, (2, 3, 8, 16, 36))))
print(bin(2**100)[:20], oct(-(2**50)), hex(3**30), f"{2**64:,}", f"{-2**64:_x}", f"{10**18:e}")
f100 = 1
for i in range(2, 101):
    f100 *= i
s = str(f100)
print(len(s), s[:20], s[-30:], s.rstrip("0") != s, len(s) - len(s.rstrip("0")))
print(int("1" * 100) % 9, int("9" * 50) + 1 == 10 ** 50, int("-" + "5" * 30) // 10 ** 29)
print(str(2**1000)[:50], len(str(2**1000)), sum(map(int, str(2**1000))))
print(int("   -0042   "), int("+0"), int("-0"), int("0_0"), int("1_2_3"), int("0b_1", 0), int("0O17", 0), int("0XfF", 0))
print(repr(str(-0)), str(10**30)[::5], int(" ١٢٣ "), int("１２３"))
