# str.format: positional, named, indexing, attributes, conversions, nested fields, escapes.
class P:
    def __init__(self):
        self.x = 3
        self.y = [10, 20]
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "point"
p = P()
print("{} {} {}".format(1, "a", None), "{0} {1} {0}".format("x", "y"), "{a}-{b}".format(a=1, b=2))
print("{0.x} {0.y[1]} {d[key]} {d[0]}".format(p, d={"key": "v", 0: "zero"}))
print("{!r} {!s} {!a} {}".format(p, p, "é", p))
print("{:>{w}} {:^{w}.{p}f} {:{fill}<8}".format("r", 3.14159, "l", w=8, p=2, fill="*"))
print("{{}} {{{0}}} {}".format(5) if False else "{{}} {{{0}}}".format(5))
print("{0:{1}}".format(42, "08b"), "{:,}".format(1234567), "{:_}".format(1234567), "{:_x}".format(0xdeadbeef))
for fmt, args, kw in [("{}", (), {}), ("{0} {}", (1, 2), {}), ("{x}", (), {}), ("{0[1]}", ([1],), {}),
                      ("{:d}", ("s",), {}), ("{!z}", (1,), {}), ("}", (), {}), ("{", (), {}), ("{0.nope}", (1,), {})]:
    try:
        print(fmt.format(*args, **kw))
    except (IndexError, KeyError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print("{0}{1}{0}".format("ab", "cd"), "{:%}".format(0.25), "{:.1%}".format(1 / 3))
print("{a[0]}{a[1]}".format(a="xy"), "{:c}".format(9731), "{0!r:>10}".format("hi"))
print("{name}".format_map({"name": "mapped"}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {b} {c}".format_map(Default(a=1)))
