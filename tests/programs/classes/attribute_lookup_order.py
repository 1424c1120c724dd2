# Full attribute lookup order: data descriptor on type > instance dict > non-data descriptor / class attr > __getattr__.
trace = []
class DataDesc:
    def __get__(self, obj, owner):
        trace.append("data-desc get")
        return "from data descriptor"
    def __set__(self, obj, value):
        trace.append("data-desc set")
class NonDataDesc:
    def __get__(self, obj, owner):
        trace.append("non-data get")
        return "from non-data descriptor"
class Meta(type):
    meta_attr = "from metaclass"
class Base:
    inherited = "from base class"
class K(Base, metaclass=Meta):
    dd = DataDesc()
    nd = NonDataDesc()
    plain = "from class"
    def __getattr__(self, name):
        trace.append(f"__getattr__({name})")
        return f"fallback {name}"
k = K()
k.__dict__.update({"dd": "instance dd", "nd": "instance nd", "plain": "instance plain", "own": "instance own"})
for name in ["dd", "nd", "plain", "own", "inherited", "missing"]:
    trace.clear()
    print(f"{name:10} -> {getattr(k, name)!r:28} {trace}")
print(K.meta_attr, hasattr(k, "meta_attr"), K.plain, K.nd, K.inherited)
k.dd = "assign goes to descriptor"
print(k.__dict__["dd"], trace[-1])
del k.__dict__["nd"]
print(k.nd)
K.plain = "class changed"
del k.__dict__["plain"]
print(k.plain)
class Child(K):
    nd = "child overrides descriptor with plain value"
print(Child().nd, Child.dd)
