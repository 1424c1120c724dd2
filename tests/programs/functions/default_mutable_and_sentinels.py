# Sentinel objects for optional arguments, mutable default pitfalls, and keyword defaults referencing globals.
_MISSING = object()
def get(d, key, default=_MISSING):
    if key in d:
        return d[key]
    if default is _MISSING:
        raise KeyError(key)
    return default
d = {"a": None}
print(get(d, "a"), get(d, "b", None), get(d, "b", 0))
try:
    get(d, "b")
except KeyError as e:
    print("KeyError:", e)
def append_bad(x, lst=[]):
    lst.append(x)
    return lst
def append_good(x, lst=None):
    lst = [] if lst is None else lst
    lst.append(x)
    return lst
print(append_bad(1), append_bad(2), append_bad(3) is append_bad.__defaults__[0])
print(append_good(1), append_good(2))
LIMIT = 10
def capped(v, limit=LIMIT):
    return min(v, limit)
LIMIT = 1000
print(capped(500), capped(500, LIMIT))
def counter(_cache={"n": 0}):
    _cache["n"] += 1
    return _cache["n"]
print([counter() for _ in range(4)], counter.__defaults__)
class Config:
    def __init__(self, opts=None, *, verbose=False, tags=()):
        self.opts = dict(opts or {})
        self.verbose = verbose
        self.tags = list(tags)
c1, c2 = Config(), Config({"x": 1}, verbose=True, tags=("a",))
c1.tags.append("mine")
print(vars(c1), vars(c2), Config().tags)
