# The gc module: switches, thresholds, is_tracked for the documented cases, collect() counts,
# PEP 442 resurrection, weakref callbacks of collected cycles, DEBUG_SAVEALL, callbacks,
# get_referents/get_referrers, freeze.
import gc
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
print(gc.isenabled(), gc.get_threshold())
gc.disable(); print(gc.isenabled()); gc.enable()
print(gc.is_tracked(0), gc.is_tracked("a"), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}), gc.is_tracked(()), gc.is_tracked(None))
a = A(1); b = A(2); a.o = b; b.o = a
del a, b
print("collect:", gc.collect())
print("again:", gc.collect())
# resurrection in cycle
saved = []
class P:
    def __del__(self):
        print("P del"); saved.append(self)
p = P(); p.self = p
del p
print(gc.collect(), len(saved), gc.is_finalized(saved[0]))
saved.clear()
print(gc.collect())
# weakref callbacks in cycle
import _weakref
class N: pass
n = N(); n.me = n
r = _weakref.ref(n, lambda w: print("cb", w() is None))
del n
print(gc.collect(), r())
gc.set_debug(gc.DEBUG_SAVEALL)
x = []; x.append(x)
del x
print(gc.collect(), len(gc.garbage), type(gc.garbage[0]).__name__)
gc.set_debug(0); gc.garbage.clear()
def cb(phase, info): print(phase, sorted(info))
gc.callbacks.append(cb)
gc.collect(0)
gc.callbacks.clear()
print(gc.get_referents([1, "a", None]), gc.get_referents(1))
L = [1]
holder = {"k": L}
print(any(r is holder for r in gc.get_referrers(L)))
t = (1, 2)
print(gc.is_tracked(t)); gc.collect(); print(gc.is_tracked(t))
try: gc.collect(3)
except ValueError as e: print(e)
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))
gc.freeze(); print(gc.get_freeze_count() > 0); gc.unfreeze(); print(gc.get_freeze_count())
print("end")
