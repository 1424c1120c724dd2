# Cells shared between sibling closures, closures over loop variables in comprehensions, cell contents after rebinding.
def make_pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
g, s = make_pair()
s(42)
print(g(), g.__closure__[0].cell_contents, g.__closure__[0] is s.__closure__[0])
g2, s2 = make_pair()
s2("other")
print(g(), g2())
def comprehension_closures():
    return [lambda: i for i in range(3)], [lambda i=i: i for i in range(3)]
late, early = comprehension_closures()
print([f() for f in late], [f() for f in early])
def nested_counter():
    count = 0
    def level1():
        def level2():
            nonlocal count
            count += 1
            return count
        return level2
    f = level1()
    return [f(), f(), level1()(), count]
print(nested_counter())
def closure_over_param(x):
    def show():
        return x
    x = x * 2
    return show
print(closure_over_param(5)())
def cell_before_assignment():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        result = f"{type(e).__name__}: {e}"
    v = "now set"
    return result, inner()
print(cell_before_assignment())
def class_method_closure():
    secret = "hidden"
    class K:
        def reveal(self):
            return secret
        attr = secret.upper()
    return K().reveal(), K.attr
print(class_method_closure())
def generator_closure():
    n = 0
    def bump():
        nonlocal n
        n += 10
    def gen():
        while n < 30:
            bump()
            yield n
    return list(gen()), n
print(generator_closure())
adders = {}
for k in ("a", "b"):
    def add(x, k=k):
        return f"{k}+{x}"
    adders[k] = add
print(adders["a"](1), adders["b"](2), adders["a"].__defaults__)
