# A hand-written Enum-like facility with a metaclass: members, iteration, lookup by value, uniqueness checks.
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and not callable(v)}
        cls = super().__new__(mcls, name, bases, {k: v for k, v in ns.items() if k not in members})
        cls._members = {}
        seen = {}
        for k, v in members.items():
            if v in seen:
                raise ValueError(f"duplicate value {v!r} for {k} and {seen[v]}")
            seen[v] = k
            inst = object.__new__(cls)
            inst.name, inst.value = k, v
            cls._members[k] = inst
            type.__setattr__(cls, k, inst)
        return cls
    def __iter__(cls):
        return iter(cls._members.values())
    def __len__(cls):
        return len(cls._members)
    def __call__(cls, value):
        for m in cls._members.values():
            if m.value == value:
                return m
        raise ValueError(f"{value!r} is not a valid {cls.__name__}")
    def __getitem__(cls, name):
        return cls._members[name]
    def __setattr__(cls, k, v):
        if k in cls.__dict__.get("_members", {}):
            raise AttributeError(f"cannot reassign member {k!r}")
        super().__setattr__(k, v)
class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value!r}>"
    def __str__(self):
        return f"{type(self).__name__}.{self.name}"
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self):
        return f"{self.name.lower()} has value {self.value}"
print(list(Color), len(Color), Color.RED, repr(Color.GREEN), Color(3), Color["GREEN"], Color.RED.describe())
print(Color.RED is Color(1), Color.RED == Color.RED, Color.RED != Color.BLUE, isinstance(Color.RED, Color))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Bad(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
for p in Planet:
    mass, radius = p.value
    print(p, f"{6.673e-11 * mass / (radius * radius):.4f}")
print({c: c.value for c in Color}[Color.BLUE], sorted(Color, key=lambda c: -c.value))
