"""A small tour of what krait runs today: functions, loops, classes, containers, exceptions."""


def primes_below(n):
    sieve = [True] * n
    sieve[0] = sieve[1] = False
    for i in range(2, n):
        if sieve[i]:
            for j in range(i * i, n, i):
                sieve[j] = False
    return [i for i in range(n) if sieve[i]]


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area()})"


class Rect(Shape):
    def __init__(self, w, h):
        Shape.__init__(self, f"{w}x{h}")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, f"r={r}")
        self.r = r

    def area(self):
        return 3.141592653589793 * self.r ** 2


def word_counts(text):
    counts = {}
    for word in text.lower().split():
        word = word.strip(".,!")
        counts[word] = counts.get(word, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


print("primes:", primes_below(50))
shapes = [Rect(3, 4), Circle(1.5), Rect(2, 2)]
print(sorted(shapes, key=lambda s: s.area()))
print("total area:", sum([s.area() for s in shapes]))
print(word_counts("The cat and the hat. The end!")[:3])
try:
    Shape("abstract").area()
except NotImplementedError as e:
    print("caught", type(e).__name__)
print(2 ** 100, 7 // -2, -7 % 3, 10 / 4, 0.1 + 0.2)
