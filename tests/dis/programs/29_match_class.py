class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def f(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy) as pt:
            return f"y-axis {yy} {pt.x}"
        case Point(int() | float() as xx, _):
            return xx
        case str() | bytes():
            return "text"
print(f(Point(0, 0)), f(Point(0, 5)), f(Point(2.5, 1)), f("s"))
