# Metaclasses: __new__/__init__/__call__/__prepare__, class keyword args, type() with 3 args.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("__prepare__", name, sorted(kw))
        return {"injected": "yes"}
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")))
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        obj = super().__call__(*args, **kwargs)
        obj.created_by_meta = True
        return obj
class Base(metaclass=Meta, tag="base"):
    def __init__(self, v):
        print("Base.__init__", v)
        self.v = v
class Derived(Base):
    extra = 1
b = Derived(5)
print(b.v, b.created_by_meta, Base.tag, Derived.tag, Derived.injected, type(Derived).__name__, isinstance(Derived, Meta))
Dyn = type("Dyn", (Base,), {"x": 10, "double": lambda self: self.x * 2})
print(Dyn.__name__, Dyn.x, Dyn(1).double(), Dyn.__mro__[1].__name__)
Simple = type("Simple", (), {})
print(type(Simple), Simple.__bases__, type(type), type(5), type("s") is str)
class Singleton(type):
    _instances = {}
    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print("Config init once")
print(Config() is Config())
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Both(A1, A2):
        pass
except TypeError as e:
    print("TypeError:", e)
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            Registry.classes.append(name)
class Plugin(metaclass=Registry): pass
class P1(Plugin): pass
class P2(Plugin): pass
class P3(P1): pass
print(Registry.classes)
class AttrMeta(type):
    def __getattr__(cls, name):
        return f"meta-provided {name}"
    def __len__(cls):
        return 99
    def __repr__(cls):
        return f"<class {cls.__name__} via AttrMeta>"
class UsesMeta(metaclass=AttrMeta): pass
print(UsesMeta.anything, len(UsesMeta), UsesMeta, [UsesMeta])
