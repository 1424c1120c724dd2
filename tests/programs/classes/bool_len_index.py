# __bool__, __len__ truthiness, __index__ for slicing/bin/range, __int__/__float__/__complex__.
class T:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("__bool__", self.v)
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("__len__", self.n)
        return self.n
print(bool(T(True)), bool(T(False)), bool(L(0)), bool(L(3)), not L(0))
if L(2) and T(True):
    print("both truthy")
print([x for x in (L(0), L(1)) if x] and "filtered")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
class HugeLen:
    def __len__(self):
        return 2**70
try:
    len(HugeLen())
except OverflowError as e:
    print("OverflowError:", e)
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
data = list(range(10))
print(data[Idx(3)], data[Idx(1):Idx(8):Idx(2)], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), range(Idx(4)), "ab" * Idx(3))
print(int(Idx(7)), [10, 20, 30][Idx(-1)])
class Num:
    def __int__(self):
        return 42
    def __float__(self):
        return 2.5
    def __complex__(self):
        return 1j
print(int(Num()), float(Num()), complex(Num()))
try:
    data[Num()]
except TypeError as e:
    print("TypeError:", e)
class BadIndex:
    def __index__(self):
        return "x"
try:
    data[BadIndex()]
except TypeError as e:
    print("TypeError:", e)
print(len([]), len(range(5)), len({1: 2}), len("héllo"), len(b"ab"))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
