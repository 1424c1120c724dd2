# __iter__/__next__, old-style __getitem__ iteration, __contains__ fallback, __reversed__, __length_hint__.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        print("__iter__ called")
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
for v in Countdown(2):
    print("loop", v)
class OldSeq:
    def __getitem__(self, i):
        print("__getitem__", i)
        if i >= 3:
            raise IndexError
        return i * i
print(list(OldSeq()), 4 in OldSeq())
class Container:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        print("__contains__", x)
        return x in self.items
    def __iter__(self):
        return iter(self.items)
c = Container([1, 2])
print(1 in c, 5 not in c)
class IterOnly:
    def __iter__(self):
        yield from "abc"
print("b" in IterOnly(), "z" in IterOnly(), list(IterOnly()), sorted(IterOnly(), reverse=True))
class Rev:
    def __reversed__(self):
        return iter(["custom", "reversed"])
print(list(reversed(Rev())))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
class NotIter:
    __iter__ = None
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
class Infinite:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        return self.i
for v in Infinite():
    if v > 4:
        break
print("stopped at", v)
a, b, *c = Countdown(5)
print(a, b, c)
it = iter(Countdown(2))
print(iter(it) is it, next(it), next(it), next(it, "exhausted"))
print(dict(zip(Countdown(3), OldSeq())))
class KeyErrorSeq:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErrorSeq())
except KeyError as e:
    print("KeyError:", e)
