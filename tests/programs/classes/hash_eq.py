# __hash__/__eq__ interplay: defining __eq__ sets __hash__ None, explicit hashes, dict/set behaviour.
class NoEq:
    pass
class EqOnly:
    def __eq__(self, o):
        return True
class Both:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Both) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return f"Both({self.k})"
print(NoEq.__hash__ is object.__hash__, EqOnly.__hash__, "__hash__" in EqOnly.__dict__)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
s = {Both(1), Both(1), Both(2)}
print(len(s), Both(1) in s, Both(3) in s, {Both(1): "a"}[Both(1)])
class Inherit(Both):
    def __eq__(self, o):
        return False
print(Inherit.__hash__)
class KeepHash(Both):
    def __eq__(self, o):
        return super().__eq__(o)
    __hash__ = Both.__hash__
print(hash(KeepHash(5)) == hash(5))
class Unhash:
    __hash__ = None
try:
    hash(Unhash())
except TypeError as e:
    print("TypeError:", e)
class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42
    def __eq__(self, o):
        print(f"eq {self.v} vs {o.v}")
        return self.v == o.v
d = {}
for v in range(4):
    d[Collide(v)] = v
print(len(d))
print(d[Collide(2)])
class BadHash:
    def __hash__(self):
        return "not an int"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class BigHash:
    def __hash__(self):
        return 2**100
print(hash(BigHash()) == hash(2**100), hash(BigHash()))
class MinusOne:
    def __hash__(self):
        return -1
print(hash(MinusOne()))
print(hash(1) == hash(1.0) == hash(True), {1: "int", 1.0: "float", True: "bool"})
class Mutable:
    def __init__(self):
        self.x = 1
    def __eq__(self, o):
        return self.x == o.x
    def __hash__(self):
        return self.x
m = Mutable()
ss = {m}
m.x = 2
print(m in ss, any(m is e for e in ss))
