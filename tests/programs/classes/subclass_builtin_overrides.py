# Instances of subclasses of built-in types: the class is honoured by the constructor, instances
# hold attributes, the base type's methods work on them, and overridden special methods are
# used by operators and built-in functions.


class D(dict):
    def __missing__(self, key):
        return key * 2


class L(list):
    def __len__(self):
        return 99

    def __iter__(self):
        return iter(["from", "__iter__"])

    def __getitem__(self, i):
        return ("item", i)

    def __contains__(self, x):
        return x == "magic"


class S(str):
    def __str__(self):
        return "S-str"

    def __repr__(self):
        return "S-repr"

    def __eq__(self, other):
        return True

    __hash__ = str.__hash__


class I(int):
    def __add__(self, other):
        return "I.__add__"

    def __neg__(self):
        return "I.__neg__"

    def __bool__(self):
        return False


class F(float):
    def __repr__(self):
        return f"F({float(self)})"


class T(tuple):
    def __lt__(self, other):
        return "T.__lt__"


class B(bytes):
    pass


class FS(frozenset):
    pass


class C(complex):
    pass


d = D(a=1)
print(type(d).__name__, d["a"], d["zz"], d.get("zz"), "zz" in d, len(d), d)
l = L([1, 2, 3])
print(type(l).__name__, len(l), list(l), l[0], "magic" in l, 1 in l, l.count(1), list.__len__(l))
print(sorted(l), [x for x in l], l + [4], type(l + [4]).__name__, l == [1, 2, 3], repr(l))
s = S("abc")
print(type(s).__name__, str(s), repr(s), s == "zzz", s.upper(), len(s), s + "!", f"{s}", "%s" % s)
print(hash(s) == hash("abc"), s[0], type(s[0]).__name__, isinstance(s, str))
i = I(5)
print(type(i).__name__, i + 1, 1 + i, -i, bool(i), i * 2, type(i * 2).__name__, i == 5, hash(i) == hash(5))
print(not i, int(i), type(int(i)).__name__, str(i), repr(i), f"{i:04d}", i.bit_length())
f = F(2.5)
print(type(f).__name__, f, repr(f), str(f), f + 1, type(f + 1).__name__, f * 2, int(f), f > 2, f"{f}")
t = T((1, 2))
print(type(t).__name__, t, t < (3,), t > (0,), t + (3,), type(t + (3,)).__name__, len(t), t[1], hash(t) == hash((1, 2)))
b = B(b"xy")
print(type(b).__name__, b, b + b"z", len(b), b[0], b.upper())
fs = FS([1, 2])
print(type(fs).__name__, sorted(fs), 1 in fs, fs | {3}, type(fs | {3}).__name__)
c = C(1, 2)
print(type(c).__name__, c, c + 1, c.real, c.imag, abs(C(3, 4)))
for obj in (d, l, s, i, f, t, b, fs, c):
    obj.tag = type(obj).__name__.lower()
    print(obj.tag, obj.__dict__, isinstance(obj, type(obj).__mro__[1]))
try:
    hash(L())
except TypeError as e:
    print("TypeError:", e)
