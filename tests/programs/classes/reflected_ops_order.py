# Which special method runs for each binary operator: forward, reflected, subclass-first, in-place fallbacks.
log = []
def make(name):
    ops = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul"]
    ns = {"__repr__": lambda self: name}
    for op in ops:
        def fwd(self, other, op=op):
            log.append(f"{name}.__{op}__")
            return NotImplemented if getattr(other, "refuse", False) and name == "A" else f"{name}.{op}"
        def rev(self, other, op=op):
            log.append(f"{name}.__r{op}__")
            return f"{name}.r{op}"
        ns[f"__{op}__"] = fwd
        ns[f"__r{op}__"] = rev
    return ns
A = type("A", (), make("A"))
B = type("B", (), make("B"))
B.refuse = True
C = type("C", (A,), make("C"))
a, b, c = A(), B(), C()
for sym in ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]:
    log.clear()
    r1 = eval(f"a {sym} b")
    first = list(log)
    log.clear()
    r2 = eval(f"a {sym} c")
    second = list(log)
    log.clear()
    r3 = eval(f"1 {sym} a")
    print(f"{sym:2} a?b={r1} via {first} | a?c={r2} via {second} | 1?a={r3}")
class OnlyAdd:
    def __add__(self, o):
        return "plain add"
x = OnlyAdd()
x += 1
print(x)
class InPlace:
    def __init__(self):
        self.calls = []
    def __iadd__(self, o):
        self.calls.append("iadd")
        return NotImplemented
    def __add__(self, o):
        self.calls.append("add")
        return self
ip = InPlace()
ip += 1
print(ip.calls)
class Cmp:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        print(f"  Cmp{self.n}.__lt__")
        return NotImplemented
    def __gt__(self, o):
        print(f"  Cmp{self.n}.__gt__")
        return NotImplemented
try:
    Cmp(1) < Cmp(2)
except TypeError as e:
    print("TypeError:", e)
