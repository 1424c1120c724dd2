# del on names, attributes, subscripts, slices, tuples of targets, and in loops.
a, b, c = 1, 2, 3
del a, b
print("c" in dir(), "a" in dir(), c)
lst = list(range(10))
del lst[0], lst[-1]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
d = {"x": 1, "y": 2, "z": 3}
del d["x"], d["z"]
print(d)
class O:
    pass
o = O()
o.p, o.q = 1, 2
del o.p
print(vars(o))
nested = {"a": [1, {"b": 2, "c": 3}]}
del nested["a"][1]["b"]
print(nested)
(e, f), g = (1, 2), 3
del (e, f), g
print([n for n in ("e", "f", "g") if n in dir()])
for i in range(3):
    tmp = i * 2
    del tmp
print("tmp" in dir(), i)
try:
    del lst[5]
except IndexError as err:
    print("IndexError:", err)
try:
    del d["missing"]
except KeyError as err:
    print("KeyError:", err)
try:
    del o.nothing
except AttributeError as err:
    print("AttributeError:", err)
try:
    del undefined_variable
except NameError as err:
    print("NameError:", err)
t = (1, 2)
try:
    del t[0]
except TypeError as err:
    print("TypeError:", err)
def f():
    v = 1
    del v
    v = 2
    return v
print(f())
