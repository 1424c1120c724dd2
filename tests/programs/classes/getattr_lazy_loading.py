# Lazy attribute computation with __getattr__ caching into __dict__, and a lazily-populated registry object.
class Lazy:
    def __init__(self):
        self.computed = []
    def __getattr__(self, name):
        if name.startswith("square_"):
            n = int(name[7:])
            self.computed.append(n)
            value = n * n
            setattr(self, name, value)
            return value
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
l = Lazy()
print(l.square_4, l.square_4, l.square_12, l.computed, sorted(k for k in vars(l) if k != "computed"))
try:
    l.cube_3
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(l, "square_5"), hasattr(l, "square_6"), hasattr(l, "nothing"), l.computed)
class Config:
    _defaults = {"host": "localhost", "port": 8080, "debug": False}
    def __init__(self, **overrides):
        self._values = dict(overrides)
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return self._values[name]
        except KeyError:
            try:
                return self._defaults[name]
            except KeyError:
                raise AttributeError(f"no setting {name!r}") from None
c = Config(port=9000)
print(c.host, c.port, c.debug)
try:
    c.timeout
except AttributeError as e:
    print("AttributeError:", e, e.__suppress_context__, repr(e.__context__))
