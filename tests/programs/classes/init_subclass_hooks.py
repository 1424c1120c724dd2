# __init_subclass__, __set_name__, __class_getitem__, __mro_entries__-free generics.
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        print("__init_subclass__", cls.__name__, key)
        Plugin.registry[key or cls.__name__.lower()] = cls
class CSV(Plugin, key="csv"): pass
class JSON(Plugin): pass
class Sub(CSV, key="csv2"): pass
print(sorted(Plugin.registry), Plugin.registry["csv"].__name__)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class Field:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.owner, self.name = owner.__name__, name
class Model:
    id = Field()
    title = Field()
print(Model.id.name, Model.title.owner)
late = Field()
Model.late = late
print(hasattr(late, "name"))
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"], Box[1, 2])
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__, list[int].__origin__, list[int].__args__)
print(list[int]([1, 2]), isinstance([], list), (list[int] == list[int]))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
class Tracked:
    def __init_subclass__(cls):
        cls.depth = getattr(cls, "depth", -1) + 1
class L1(Tracked): pass
class L2(L1): pass
class L3(L2): pass
print(L1.depth, L2.depth, L3.depth)
