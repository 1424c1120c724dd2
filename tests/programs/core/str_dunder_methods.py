# The special methods of str called by name, on str and on a str subclass.
class Up(str):
    pass
u = Up("ab")
print(str.__len__("four"), "abc".__mul__(2), "x".__rmul__(3), "%s".__mod__(5), "a".__rmod__(1))
print("b" in u, u[0], u + "c", type(u + "c").__name__, list(u), u * 2, 2 * u, "ab".__contains__("a"))
print("ab".__getnewargs__(), "%s!" % u, "ab".__getitem__(slice(0, 1)), len(u))
for bad in [lambda: "a".__add__(1), lambda: u + 1, lambda: "a".__contains__(1)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
