# StopIteration in different places: next() without default, inside map/filter callbacks, in for loops, in generators.
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration from next()", e.args, e.value)
def stopper(x):
    if x == 3:
        raise StopIteration("raised by callback")
    return x * 10
print("map stops silently:", list(map(stopper, [1, 2, 3, 4, 5])))
print("filter stops silently:", list(filter(lambda v: stopper(v) > 0, [1, 2, 3, 4])))
print("comprehension over map:", [v for v in map(stopper, range(1, 6))])
def gen_with_stopper():
    for x in [1, 2, 3, 4]:
        yield stopper(x)
try:
    print(list(gen_with_stopper()))
except RuntimeError as e:
    print("generator: RuntimeError:", e, "cause:", repr(e.__cause__))
class Manual:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration(f"stopped at {self.n}")
        return self.n
print(list(Manual()), sum(Manual()), [x for x in Manual()])
m = Manual()
for v in m:
    pass
print("after for loop, next() raises again:", end=" ")
try:
    next(m)
except StopIteration as e:
    print(e.value)
def ret_value():
    yield 1
    return "the value"
g = ret_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print("return value carried:", e.value)
try:
    raise StopIteration
except StopIteration as e:
    print("bare StopIteration value:", e.value)
print(next(iter([]), "default used"), next(iter(()), None), next(Manual()))
