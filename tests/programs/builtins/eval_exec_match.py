"""eval, exec, compile, globals, locals, and the match statement."""
x = 10
print(eval("x + 1"), eval("  x*2"), eval("y", {"y": 5}), eval("a+b", {}, {"a": 1, "b": 2}))
exec("z = x * 3")
print(z)
g = {}
exec("def f(): return 42\nq = f()", g)
print(g["q"], "__builtins__" in g)
def fn(a, b=2):
    c = a + b
    print(sorted(locals().items()))
    print(eval("a * c"))
    exec("d = 99")
    print("d" in locals() or True)
fn(3)
code = compile("1 + 2", "<test>", "eval")
print(type(code).__name__, eval(code))
c2 = compile("print('exec mode', __name__)", "<t2>", "exec")
exec(c2)
try:
    eval("1 +")
except SyntaxError as e:
    print("SE", e.msg, e.filename, e.lineno, e.offset)
try:
    compile("x", "f", "bogus")
except ValueError as e:
    print(e)
print(globals()["x"], "fn" in globals())
try:
    eval(5)
except TypeError as e:
    print(e)
exec("raise KeyError('inner')") if False else None
single = compile("1+1\n", "<s>", "single")
r = exec(single)
print(r)
class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
def f(v):
    match v:
        case 0 | 1: return "small"
        case [a, b, *rest]: return f"seq {a} {b} {rest}"
        case {"k": val, **others}: return f"map {val} {others}"
        case P(0, y=yy): return f"P on axis {yy}"
        case P(x, y) if x == y: return "diag"
        case P(x=xx): return f"P {xx}"
        case int(n): return f"int {n}"
        case str() as s: return "str " + s
        case _: return "other"
for v in [0, 1, [1,2,3,4], (5,6), {"k": 1, "z": 2}, P(0, 3), P(2, 2), P(4, 5), 42, "hi", 3.5, "ab"]:
    print(f(v))
x: int = 5
class C:
    a: int
    b: str = "s"
print(C.__annotations__, __annotations__)
try:
    match P(1,2):
        case P(1, 2, 3): pass
except TypeError as e: print(e)
