# _random.Random (the native core of random.py): the Mersenne Twister seeded from ints, hashes
# and state tuples gives CPython's numbers.
import _random


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for seed in [0, 1, 42, -42, 12345, 2 ** 32, 2 ** 32 - 1, 2 ** 64 + 17, 10 ** 40, True, 3.5, -2.25, (1, 2), "abc" == "abc"]:
    r = _random.Random(seed)
    print(seed, [r.random() for _ in range(3)], r.getrandbits(8), r.getrandbits(32), r.getrandbits(33), r.getrandbits(100))
r = _random.Random()
r.seed(2023)
print(r.random(), r.getrandbits(1), r.getrandbits(0), r.getrandbits(64), r.getrandbits(1000) % 1000003)
r.seed(None)
x = r.random()
print(0.0 <= x < 1.0, type(x).__name__)
r.seed(7)
total = 0.0
for i in range(5000):
    total += r.random()
print(total, r.getrandbits(31))
s = _random.Random(99)
state = s.getstate()
print(len(state), state[-1], state[:3], type(state).__name__)
a = [s.random() for _ in range(5)]
s.setstate(state)
b = [s.random() for _ in range(5)]
print(a == b, a)
s.seed(5)
st = s.getstate()
t = _random.Random(1)
t.setstate(st)
print(t.random() == s.random(), t.getrandbits(20) == s.getrandbits(20))
print(type(r).__name__, isinstance(r, _random.Random))

for f in [lambda: _random.Random(1, 2), lambda: _random.Random(x=1), lambda: r.getrandbits(-1),
          lambda: r.getrandbits(), lambda: r.getrandbits(1.5), lambda: r.setstate((1, 2)),
          lambda: r.setstate(5), lambda: r.setstate(tuple([0] * 624 + [625])), lambda: r.seed([1]),
          lambda: r.seed(1, 2), lambda: r.random(1)]:
    attempt(f)


class R(_random.Random):
    def __init__(self, x=None):
        self.calls = 0
        self.seed(x)

    def seed(self, a=None):
        self.calls += 1
        super().seed(a)

    def twice(self):
        return self.random() * 2


r = R(42)
print(r.calls, r.twice(), r.getrandbits(10), type(r).__name__, isinstance(r, _random.Random))
r.extra = 5
print(r.extra, sorted(r.__dict__.items()))
s = R()
print(s.calls, 0 <= s.random() < 1)


class K(_random.Random):
    pass


print(K(42).random() * 2 == _random.Random(42).random() * 2, K(7, ).getrandbits(40))
