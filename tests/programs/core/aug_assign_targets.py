# Augmented assignment on names, attributes, subscripts, slices; evaluation order and single evaluation of targets.
log = []
class Box:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        log.append("get v")
        return self._v
    @v.setter
    def v(self, val):
        log.append(f"set v={val}")
        self._v = val
b = Box()
b.v += 5
print(b.v, log)
log.clear()
class Seq:
    def __init__(self):
        self.data = [1, 2, 3]
    def __getitem__(self, i):
        log.append(f"getitem {i}")
        return self.data[i]
    def __setitem__(self, i, v):
        log.append(f"setitem {i}={v}")
        self.data[i] = v
def idx():
    log.append("idx evaluated")
    return 1
s = Seq()
s[idx()] *= 10
print(s.data, log)
x = 7
x //= 2; print(x)
x **= 3; print(x)
x %= 10; print(x)
x <<= 4; print(x)
x >>= 1; print(x)
x |= 1; print(x)
x &= 0b1101; print(x)
x ^= 0xff; print(x)
x -= 0.5; print(x)
x /= 4; print(x)
lst = [1, 2, 3, 4]
lst[1:3] += ["a"]
print(lst)
t = (1,)
t += (2,)
print(t)
st = "ab"
st *= 3
print(st)
d = {"k": [1]}
d["k"] += [2]
d.setdefault("n", 0)
d["n"] += 1
print(d)
m = {1}
m |= {2}
m -= {1}
print(m)
