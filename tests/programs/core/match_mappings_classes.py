# match: mapping patterns with **rest, class patterns with __match_args__ and keywords.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center = center
        self.r = r
class Plain:
    def __init__(self):
        self.a = 1
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest} if rest:
            return f"key {k} with {sorted(rest.items())}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t}:
            return f"unknown event {t}"
        case Point(0, 0):
            return "origin"
        case Point(x, 0) | Point(0, x):
            return f"on an axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point(x, y):
            return f"point {x} {y}"
        case Circle(Point(cx, cy), r=r) if r > 10:
            return f"big circle at {cx},{cy}"
        case Circle(c, r):
            return f"circle r={r}"
        case Plain(a=1):
            return "plain with a=1"
        case int() | float() as num:
            return f"number {num}"
        case {}:
            return "some mapping"
        case _:
            return "no match"
events = [{"type": "click", "pos": (3, 4)}, {"type": "click", "pos": [1, 2]}, {"type": "key", "key": "q", "mod": "ctrl"},
          {"type": "key", "key": "q"}, {"type": "key", "key": 5}, {"type": "scroll"}, {"other": 1}, Point(0, 0), Point(5, 0),
          Point(0, 7), Point(3, 3), Point(1, 2), Circle(Point(1, 1), 20), Circle(Point(1, 1), 2), Plain(), 3, 2.5, "s"]
for e in events:
    print(handle(e))
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match Plain():
        case Plain(1):
            pass
except TypeError as e:
    print("TypeError:", e)
match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **others}:
        print("others", others)
match 5:
    case int(x):
        print("int self-match", x)
match [1, 2]:
    case list((a, b)):
        print("list pos", a, b)
