# Custom iterable classes: a re-iterable range-like class, a one-shot iterator, and iterator exhaustion semantics.
class MyRange:
    def __init__(self, start, stop, step=1):
        if step == 0:
            raise ValueError("step must not be zero")
        self.start, self.stop, self.step = start, stop, step
    def __iter__(self):
        i = self.start
        while (i < self.stop) if self.step > 0 else (i > self.stop):
            yield i
            i += self.step
    def __len__(self):
        return max(0, (self.stop - self.start + self.step - (1 if self.step > 0 else -1)) // self.step)
    def __getitem__(self, k):
        if k < 0:
            k += len(self)
        if not 0 <= k < len(self):
            raise IndexError("MyRange index out of range")
        return self.start + k * self.step
    def __contains__(self, v):
        return any(v == x for x in self)
    def __reversed__(self):
        return iter([self[i] for i in range(len(self) - 1, -1, -1)])
r = MyRange(2, 20, 3)
print(list(r), list(r), len(r), r[0], r[-1], 8 in r, 9 in r, list(reversed(r)), sum(r), max(r))
print(list(MyRange(10, 0, -4)), len(MyRange(10, 0, -4)), len(MyRange(0, 0)), list(MyRange(5, 1)))
class OneShot:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
o = OneShot(3)
print(list(o), list(o), 1 in OneShot(3), list(zip(OneShot(5), "ab")))
class Resettable:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        return ResettableIter(self.data)
class ResettableIter:
    def __init__(self, data):
        self.data, self.i = data, 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i == len(self.data):
            raise StopIteration
        self.i += 1
        return self.data[self.i - 1]
rs = Resettable("xyz")
print([a + b for a in rs for b in rs])
try:
    MyRange(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
