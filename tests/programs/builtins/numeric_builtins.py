# abs, divmod, pow, round, sum, min, max with key/default, bin/oct/hex, int/float conversions.
print(abs(-5), abs(5.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-2**100))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, -5), divmod(2**70, 7))
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(3, 4, 5), pow(-2, 3, 7), pow(2, 10, mod=1000))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(5), start=100), sum(()), sum([1.5, 2, True]))
print(min(3, 1, 2), max(3, 1, 2), min([5, 2, 8]), max("hello"), min("b", "a", "c"), max([], default="empty"), min((), default=None))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len), max([(1, "b"), (1, "a")]), max([3, 3.0]), max([3.0, 3]))
print(max([1, 5, 3], key=lambda v: -v), min({"a": 3, "b": 1}, key=lambda k: {"a": 3, "b": 1}[k]), max(range(10), key=lambda v: v % 4))
for bad in [lambda: min(), lambda: max([]), lambda: min(1, 2, default=0), lambda: max(1), lambda: sum(["a"], "")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(bin(10), bin(-10), oct(64), oct(-8), hex(255), hex(-255), bin(0), hex(2**64))
print(int("0b1010", 0), int("-0x1f", 16), float("1e3"), int(-7.9), round(-7.5), round(7.45, 1))
print(sum(x / 10 for x in range(10)), sum([1e100, 1.0, -1e100]), sum([2**64, 2**64]))
print(isinstance(sum([1, 2]), int), type(sum([1, 2.0])).__name__, type(pow(2, -1)).__name__, type(pow(4, 0.5)).__name__)
