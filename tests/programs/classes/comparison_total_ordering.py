# A hand-written total_ordering decorator: derive <=, >, >= from __lt__ and __eq__; used for sorting versions.
def total_ordering(cls):
    lt = cls.__lt__
    def __le__(a, b):
        r = lt(a, b)
        return NotImplemented if r is NotImplemented else r or a == b
    def __gt__(a, b):
        r = lt(a, b)
        return NotImplemented if r is NotImplemented else not r and a != b
    def __ge__(a, b):
        r = lt(a, b)
        return NotImplemented if r is NotImplemented else not r
    cls.__le__, cls.__gt__, cls.__ge__ = __le__, __gt__, __ge__
    return cls
@total_ordering
class Version:
    def __init__(self, text):
        main, _, pre = text.partition("-")
        self.parts = tuple(int(p) for p in main.split("."))
        self.pre = pre
        self.text = text
    def key(self):
        parts = self.parts + (0,) * (4 - len(self.parts))
        return parts, (0, self.pre) if self.pre else (1, "")
    def __eq__(self, o):
        return isinstance(o, Version) and self.key() == o.key()
    def __lt__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.key() < o.key()
    def __hash__(self):
        return hash(self.key())
    def __repr__(self):
        return f"V({self.text})"
vs = [Version(t) for t in ["1.10", "1.2", "1.2.0", "2.0-rc1", "2.0", "2.0-beta", "0.9.9", "1.2.1", "10.0", "2.0-alpha"]]
print(sorted(vs))
print(Version("1.2") == Version("1.2.0"), Version("1.2") <= Version("1.2.0"), Version("2.0") > Version("2.0-rc1"),
      Version("1.10") >= Version("1.9"), len(set(vs)), max(vs), min(vs))
try:
    Version("1.0") < "1.0"
except TypeError as e:
    print("TypeError:", e)
print(sorted(vs, reverse=True)[:3], [v for v in vs if Version("1.2") <= v < Version("2.0")])
