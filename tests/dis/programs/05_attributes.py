class O:
    pass
o = O()
o.a = 1
o.b = o.a + 1
o.a += 5
del o.b
print(o.a, hasattr(o, "b"), o.__class__.__name__)
