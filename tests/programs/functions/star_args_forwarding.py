# Forwarding *args/**kwargs through several wrapper layers without losing or duplicating arguments.
def target(a, b=2, *rest, key="k", **extra):
    return {"a": a, "b": b, "rest": rest, "key": key, "extra": dict(sorted(extra.items()))}
def layer1(*args, **kwargs):
    return target(*args, **kwargs)
def layer2(first, *args, **kwargs):
    kwargs.setdefault("key", "from layer2")
    return layer1(first, *args, **kwargs)
def layer3(*args, **kwargs):
    return layer2(*args, tag="layer3", **kwargs)
print(layer1(1))
print(layer1(1, 5, 6, 7, key="x", y=1))
print(layer2(1))
print(layer2(1, 2, 3, key="explicit"))
print(layer3(9, z=0))
for bad in [lambda: layer1(), lambda: layer3(1, tag="dup"), lambda: layer1(1, a=2), lambda: layer2(key="only")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
def collect(*args, **kwargs):
    return args, kwargs
args = (1, 2)
kwargs = {"x": 3}
r = collect(*args, **kwargs)
print(r, r[0] == args, r[1] == kwargs)
