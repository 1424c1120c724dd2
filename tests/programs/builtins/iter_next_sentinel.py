# iter(callable, sentinel), next with default, manual iteration protocol on builtins.
data = [3, 1, 4, 1, 5, 9, 2, 6, 0, 5]
pos = 0
def reader():
    global pos
    v = data[pos]
    pos += 1
    return v
print(list(iter(reader, 0)), pos)
chunks = iter(["alpha", "beta", "", "gamma"])
print(list(iter(lambda: next(chunks), "")), next(chunks))
counter = iter(range(3))
print(next(counter), next(counter), next(counter), next(counter, "default"), next(counter, None))
it = iter("ab")
print(type(it).__name__, next(it), list(it), list(it))
for obj in ([1], (1,), {1: 2}, {1}, "s", b"b", bytearray(b"a"), range(1), {1: 2}.keys(), {1: 2}.values(), {1: 2}.items(), reversed([1]), enumerate([1]), zip([1]), map(str, [1]), filter(None, [1])):
    print(type(iter(obj)).__name__, next(iter(obj)))
class Countdown:
    def __init__(self):
        self.n = 3
    def __call__(self):
        self.n -= 1
        return self.n
print(list(iter(Countdown(), -1)))
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
cs = iter(lambda: 1, 1)
print(list(cs))
def boom():
    raise StopIteration
print(list(iter(boom, None)))
d = {"a": 1}
di = iter(d)
d["b"] = 2
try:
    next(di)
except RuntimeError as e:
    print("RuntimeError:", e)
l = [1, 2, 3]
li = iter(l)
next(li)
l.append(4)
print(list(li))
