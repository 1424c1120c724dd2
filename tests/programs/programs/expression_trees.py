# Expression trees: build from postfix, print infix with minimal parentheses, simplify, differentiate symbolically.
class Node:
    def __init__(self, op, left=None, right=None, value=None):
        self.op, self.left, self.right, self.value = op, left, right, value
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}
def num(v):
    return Node("num", value=v)
def var(n):
    return Node("var", value=n)
def from_postfix(tokens):
    st = []
    for t in tokens.split():
        if t in PREC:
            b, a = st.pop(), st.pop()
            st.append(Node(t, a, b))
        elif t.isalpha():
            st.append(var(t))
        else:
            st.append(num(int(t)))
    return st[0]
def show(n, parent_op=None, right=False):
    if n.op == "num":
        return str(n.value)
    if n.op == "var":
        return n.value
    p = PREC[n.op]
    s = f"{show(n.left, n.op)} {n.op} {show(n.right, n.op, True)}"
    if parent_op is None:
        return s
    pp = PREC[parent_op]
    need = p < pp or (p == pp and right and parent_op in "-/") or (p == pp and parent_op == "^" and not right)
    return f"({s})" if need else s
def simplify(n):
    if n.op in ("num", "var"):
        return n
    a, b = simplify(n.left), simplify(n.right)
    if a.op == "num" and b.op == "num":
        x, y = a.value, b.value
        if n.op == "/" and (y == 0 or x % y):
            return Node("/", a, b)
        return num({"+": x + y, "-": x - y, "*": x * y, "/": x // y if y else 0, "^": x ** y}[n.op])
    if n.op == "+" and a.op == "num" and a.value == 0: return b
    if n.op in "+-" and b.op == "num" and b.value == 0: return a
    if n.op == "*" and ((a.op == "num" and a.value == 0) or (b.op == "num" and b.value == 0)): return num(0)
    if n.op == "*" and a.op == "num" and a.value == 1: return b
    if n.op in "*/^" and b.op == "num" and b.value == 1: return a
    if n.op == "^" and b.op == "num" and b.value == 0: return num(1)
    return Node(n.op, a, b)
def deriv(n, x):
    if n.op == "num":
        return num(0)
    if n.op == "var":
        return num(1 if n.value == x else 0)
    a, b = n.left, n.right
    if n.op in "+-":
        return Node(n.op, deriv(a, x), deriv(b, x))
    if n.op == "*":
        return Node("+", Node("*", deriv(a, x), b), Node("*", a, deriv(b, x)))
    if n.op == "/":
        return Node("/", Node("-", Node("*", deriv(a, x), b), Node("*", a, deriv(b, x))), Node("^", b, num(2)))
    if n.op == "^" and b.op == "num":
        return Node("*", Node("*", num(b.value), Node("^", a, num(b.value - 1))), deriv(a, x))
    raise ValueError("unsupported derivative")
def evaluate(n, env):
    if n.op == "num": return n.value
    if n.op == "var": return env[n.value]
    a, b = evaluate(n.left, env), evaluate(n.right, env)
    if n.op == "+": return a + b
    if n.op == "-": return a - b
    if n.op == "*": return a * b
    if n.op == "/": return a / b
    return a ** b
for pf in ["1 2 + 3 *", "1 2 3 * +", "a b - c -", "a b c - -", "2 3 ^ 2 ^", "2 3 2 ^ ^", "x 2 ^ 3 x * + 1 +", "x 1 + x 1 - /", "x 0 * y 1 * +"]:
    t = from_postfix(pf)
    d = simplify(deriv(t, "x")) if "x" in pf else None
    print(f"{pf:22} {show(t):24} {show(simplify(t)):18} d/dx: {show(d) if d else '-':30} @x=2:", evaluate(t, {"x": 2, "a": 10, "b": 4, "c": 1, "y": 7}))
