# Errors in weakref callbacks are reported as "Exception ignored in: <callback repr>" with a
# traceback on stderr; the other callbacks still run and the program goes on.
import _weakref

class Callback:
    def __init__(self, name, fail):
        self.name, self.fail = name, fail
    def __call__(self, ref):
        print("callback", self.name, "referent:", ref())
        if self.fail:
            raise ValueError(f"callback {self.name} failed")
    def __repr__(self):
        return f"<callback {self.name}>"

class Obj:
    pass

o = Obj()
r1 = _weakref.ref(o, Callback("first", False))
r2 = _weakref.ref(o, Callback("second", True))
r3 = _weakref.ref(o, Callback("third", False))
del o
print("after death", r1(), r2(), r3())

print("end")
