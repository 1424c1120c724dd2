# Private name mangling: __attr inside a class becomes _Class__attr; subclasses get their own; getattr needs the mangled name.
class Account:
    __count = 0
    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1
        self.__id = Account.__count
    def __secret(self):
        return f"secret of {self.__owner}"
    def reveal(self):
        return self.__secret()
    @classmethod
    def count(cls):
        return cls.__count
class Savings(Account):
    def __init__(self, owner):
        super().__init__(owner)
        self.__owner = "shadow " + owner
    def both(self):
        return self.__owner, self._Account__owner
a = Account("ann")
s = Savings("bob")
print(sorted(vars(a)), sorted(vars(s)))
print(a.reveal(), s.reveal(), s.both(), Account.count(), a._Account__id, s._Account__id)
for name in ("__owner", "_Account__owner", "__secret", "_Account__secret"):
    print(name, hasattr(a, name))
try:
    a.__owner
except AttributeError as e:
    print("AttributeError:", e)
class _Lead:
    def __init__(self):
        self.__x = 1
print(vars(_Lead()))
class __Dunder__:
    def __init__(self):
        self.__y = 2
print(vars(__Dunder__()))
class Names:
    __dunder__ = "not mangled"
    __single_trailing_ = "mangled"
    def get(self):
        return self.__dunder__, self.__single_trailing_
print(Names().get(), sorted(k for k in vars(Names) if "trailing" in k or k == "__dunder__"))
def outside(obj):
    return getattr(obj, "_Account__owner")
print(outside(s))
class Gen:
    def make(self):
        return [self.__v for _ in range(2)] if hasattr(self, "_Gen__v") else (lambda: self.__dict__)()
    def set(self):
        self.__v = "mangled in comprehension too"
g = Gen()
g.set()
print(g.make(), list(vars(g)))
