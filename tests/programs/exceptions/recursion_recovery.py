# RecursionError: caught, program continues; limit is adjustable; native re-entry paths too.
import sys
print(sys.getrecursionlimit())
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
def depth_reached():
    count = 0
    def rec():
        nonlocal count
        count += 1
        rec()
    try:
        rec()
    except RecursionError:
        pass
    return count
d1 = depth_reached()
print(900 < d1 <= 1000)
sys.setrecursionlimit(2000)
d2 = depth_reached()
print(1900 < d2 <= 2000, sys.getrecursionlimit())
sys.setrecursionlimit(1000)
class Rep:
    def __repr__(self):
        return repr(self)
try:
    repr(Rep())
except RecursionError as e:
    print("repr recursion:", e)
class EqLoop:
    def __eq__(self, other):
        return self == other
    __hash__ = object.__hash__
try:
    EqLoop() == EqLoop()
except RecursionError as e:
    print("eq recursion:", e)
def key_rec(x):
    return sorted([x], key=key_rec)
try:
    key_rec(1)
except RecursionError as e:
    print("sorted key recursion:", e)
class GetAttr:
    def __getattr__(self, name):
        return getattr(self, name + "x")
try:
    GetAttr().a
except RecursionError as e:
    print("getattr recursion:", str(e)[:32])
nested = []
for _ in range(100000):
    nested = [nested]
try:
    s = repr(nested)
    print("repr of deep list length", len(s))
except RecursionError as e:
    print("deep repr:", e)
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(500) % 1000003)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
print("survived")
