# property: getter/setter/deleter, decorator chains, read-only errors, inheritance and overriding.
class Temperature:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        "Temperature in Celsius."
        print("get celsius")
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("set celsius", v)
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("del celsius")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(20)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
try:
    t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
print(Temperature.celsius.__doc__, type(Temperature.celsius).__name__, Temperature.celsius.fget.__name__)
class P:
    def _get(self):
        return "old-style"
    x = property(_get, doc="doc x")
print(P().x, P.x.__doc__, P.x.fset, P.x.fdel)
class Sub(Temperature):
    @property
    def celsius(self):
        return "overridden"
print(Sub(5).celsius, Sub(5).fahrenheit)
class Lazy:
    @property
    def value(self):
        if "_cache" not in self.__dict__:
            print("computing")
            self._cache = 42
        return self._cache
lz = Lazy()
print(lz.value, lz.value)
class Shadow:
    @property
    def p(self):
        return "property wins"
s = Shadow()
s.__dict__["p"] = "instance dict"
print(s.p)
