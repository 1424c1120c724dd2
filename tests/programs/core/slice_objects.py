# slice objects: constructor, attributes, indices(), comparison, unhashability, __index__ bounds,
# list slice assignment (contiguous and extended) and deletion, range slicing.
s = slice(3)
print(s, s.start, s.stop, s.step, slice(1, 2), slice(1, 2, 3), slice(None), repr(slice("a", [1], 2.5)))
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(1, 2) == (1, 2), slice(1, 2) != slice(1, 2, 1))
print(slice(None, None, -1).indices(10), slice(-100, 100, 3).indices(5), slice(2**70).indices(7))
print(slice(-2**70, None, -1).indices(4), slice(5, -5, -2).indices(20), slice(None, None, 2**80).indices(3))
k, f = "a", 1.0
for bad in [lambda: hash(slice(1)), lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: slice(0, 1, 0).indices(3),
            lambda: slice(1).indices(-1), lambda: [1, 2][::0], lambda: [1][1.5:], lambda: slice(x=1),
            lambda: slice(1).indices("a"), lambda: slice("a").indices(3), lambda: {slice(1): 2},
            lambda: (1, 2)[k], lambda: "ab"[f], lambda: range(3)[k], lambda: range(3)[3]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
class I:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
l = list(range(10))
print(l[I(2):], l[:I(-8)], l[I(2)], l[I(1):I(9):I(3)], "abcdef"[I(1)::I(2)], (1, 2, 3)[I(-1)])
print(range(10)[::2], range(10)[1:-1:3], range(5)[-1], range(10)[I(2)], range(10)[::-1], range(0, 30, 3)[2:5])
print(range(10, 0, -2)[1:], list(range(10, 0, -2)[::-2]), range(5)[10:], range(-5, 5)[-3:])
l[::2] = "abcde"
print(l)
l[1:3] = ()
print(l)
for target, value in [(slice(None, None, 3), [1]), (slice(1, 2), 5), (slice(None, None, 2), 5)]:
    try:
        l[target] = value
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    l[100] = 5
except IndexError as e:
    print(e)
l[5:2] = [9, 9]
print(l)
l[:] = l
print(l)
l[::-1] = l
print(l)
l[-2:] = (x for x in "xyz")
print(l)
l[len(l):] = [0]
print(l)
del l[I(6):]
print(l)
del l[::-2]
print(l)
del l[5:1]
print(l)
print((1, 2, 3)[slice(None, None, -1)], "abc"[slice(1, None)], [0, 1, 2, 3][slice(-1, None, -2)])
class Seq:
    def __getitem__(self, k):
        return (type(k).__name__, k.start, k.stop, k.step) if isinstance(k, slice) else k
print(Seq()[1:2], Seq()[::], Seq()[::-1], Seq()[1:2, 3], Seq()["a":"b":"c"])
big = list(range(20))
big[2:18:4] = ["p", "q", "r", "s"]
big[19:0:-6] = "uvwx"
print(big)
