# __getattr__, __getattribute__, __setattr__, __delattr__ and their interplay.
class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
d = Dyn()
print(d.real, d.auto_x)
try:
    d.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(d, "nothing", "default"), hasattr(d, "auto_q"), hasattr(d, "zzz"))
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append("get " + name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append(f"set {name}={value!r}")
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
    def method(self):
        return "m"
L = Logged()
L.a = 1
L.a += 1
print(L.a, L.method())
del L.a
try:
    L.a
except AttributeError as e:
    print("AttributeError:", e)
print(L.log)
class Fallback:
    x = "class attr"
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom not allowed")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"fallback for {name}"
fb = Fallback()
print(fb.x, fb.boom, fb.other)
class Frozen:
    __slots__ = ()
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
try:
    Frozen().x = 1
except AttributeError as e:
    print("AttributeError:", e)
class Plain:
    pass
p = Plain()
try:
    p.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.nope
except AttributeError as e:
    print("AttributeError:", e)
setattr(p, "dynamic name", 5)
print(getattr(p, "dynamic name"), vars(p))
try:
    Plain.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).real = 6
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
