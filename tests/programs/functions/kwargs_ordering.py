# **kwargs keep call order; dict/keyword merging; argument evaluation order.
def show(*args, **kwargs):
    return list(args), list(kwargs.items())
print(show(c=3, a=1, b=2))
print(show(1, *[2, 3], 4, z=0, **{"y": 1}, x=2))
def order(tag):
    print("evaluating", tag)
    return tag
def target(a, b, c=None, **kw):
    return a, b, c, sorted(kw)
print(target(order("first"), c=order("c"), b=order("b"), **{order("key"): order("val")}))
def defaults_share(a, lst=None):
    if lst is None:
        lst = []
    lst.append(a)
    return lst
print(defaults_share(1), defaults_share(2))
def pass_through(**kw):
    return show(**kw)
print(pass_through(q=1, p=2))
options = {"sep": "-", "end": "!\n"}
print("a", "b", "c", **options)
def kw_names(**kw):
    return kw
print(kw_names(**{"with space": 1, "class": 2}))
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    show(**[1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    show(*5)
except TypeError as e:
    print("TypeError:", e)
