# Order of evaluation in calls: function expression first, then positional, starred, keywords, ** mappings, left to right.
log = []
def t(label, value):
    log.append(label)
    return value
def target(*args, **kwargs):
    return args, sorted(kwargs.items())
class Obj:
    def method(self, *a, **k):
        return target(*a, **k)
def get_obj():
    log.append("object")
    return Obj()
r = t("func", target)(t("a", 1), *t("star", [2, 3]), t("b", 4), k=t("kw", 5), **t("dstar", {"m": 6}))
print(r, log)
log.clear()
r = get_obj().method(t("x", "x"), y=t("y", "y"))
print(r, log)
log.clear()
d = {t("k1", "a"): t("v1", 1), t("k2", "b"): t("v2", 2)}
print(d, log)
log.clear()
lst = [t("e1", 1), *t("e2", [2, 3]), t("e3", 4)]
print(lst, log)
log.clear()
x = t("left", 10) + t("right", 20) * t("mul", 3)
print(x, log)
log.clear()
data = {"i": 0}
data[t("key", "i")] = t("value", 99)
print(data, log)
log.clear()
a = [0, 0]
a[t("idx", 0)], a[t("idx2", 1)] = t("v", 5), t("w", 6)
print(a, log)
def f(p=t("default evaluated at def", 0)):
    return p
print(log[-1])
log.clear()
print(target(*(t(f"g{i}", i) for i in range(3))), log)
log.clear()
print(t("cond", True) and t("then", "T"), t("first", 0) or t("second", "S"), log)
