# A delegating proxy with __getattr__, attribute access counting, special methods not going through __getattr__.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_hits", {})
    def __getattr__(self, name):
        hits = object.__getattribute__(self, "_hits")
        hits[name] = hits.get(name, 0) + 1
        return getattr(object.__getattribute__(self, "_target"), name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
    def __len__(self):
        return len(self._target)
    def __repr__(self):
        return f"Proxy({self._target!r})"
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p, len(p), p.count(1), p.index(3), sorted(p._hits.items()))
try:
    p[0]
except TypeError as e:
    print("TypeError:", e)
try:
    iter(p)
except TypeError as e:
    print("TypeError:", e)
class Obj:
    pass
target = Obj()
q = Proxy(target)
q.name = "set through proxy"
print(target.name, q.name, vars(q) if False else sorted(q._hits))
class ReadOnly:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def __setattr__(self, k, v):
        raise AttributeError(f"read-only: cannot set {k!r}")
    def __delattr__(self, k):
        raise AttributeError(f"read-only: cannot delete {k!r}")
r = ReadOnly(a=1, b=2)
print(r.a, r.b)
for action in (lambda: setattr(r, "a", 5), lambda: delattr(r, "b")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
