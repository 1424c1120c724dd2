# Overriding parts of a property in subclasses: reuse the getter with a new setter, extend via super(), deleter chains.
class Base:
    def __init__(self):
        self._v = 0
        self.log = []
    @property
    def v(self):
        self.log.append("Base.get")
        return self._v
    @v.setter
    def v(self, value):
        self.log.append(f"Base.set {value}")
        self._v = value
class Clamped(Base):
    @Base.v.setter
    def v(self, value):
        self.log.append(f"Clamped.set {value}")
        Base.v.fset(self, max(0, min(100, value)))
class Doubled(Base):
    @property
    def v(self):
        return super().v * 2
    @v.setter
    def v(self, value):
        super(Doubled, type(self)).v.fset(self, value)
class ReadOnly(Base):
    v = property(Base.v.fget)
for cls in (Base, Clamped, Doubled, ReadOnly):
    o = cls()
    try:
        o.v = 150
        o.v = -5 if cls is Clamped else o.v
    except AttributeError as e:
        o.log.append(f"AttributeError: {e}")
    print(cls.__name__, o.v, o.log)
print(Clamped.v.fget is Base.v.fget, Clamped.v.fset is Base.v.fset, type(Doubled.__dict__["v"]).__name__)
