# A tokenizer and Pratt parser for arithmetic with variables, producing an AST, pretty-printing and evaluating it.
import sys
class Tok:
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos
    def __repr__(self):
        return f"{self.kind}:{self.text}"
def lex(s):
    i, out = 0, []
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            out.append(Tok("num", s[i:j], i)); i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(s) and (s[j].isalnum() or s[j] == "_"):
                j += 1
            out.append(Tok("name", s[i:j], i)); i = j
        elif s.startswith("**", i):
            out.append(Tok("op", "**", i)); i += 2
        elif c in "+-*/%()=,":
            out.append(Tok("op", c, i)); i += 1
        else:
            raise SyntaxError(f"unexpected {c!r} at {i}")
    out.append(Tok("end", "", len(s)))
    return out
BP = {"=": 1, "+": 10, "-": 10, "*": 20, "/": 20, "%": 20, "**": 30}
class Parser:
    def __init__(self, toks):
        self.t, self.i = toks, 0
    def peek(self):
        return self.t[self.i]
    def next(self):
        tok = self.t[self.i]
        self.i += 1
        return tok
    def expect(self, text):
        tok = self.next()
        if tok.text != text:
            raise SyntaxError(f"expected {text!r} at {tok.pos}, got {tok.text or 'end'!r}")
    def expr(self, rbp=0):
        tok = self.next()
        if tok.kind == "num":
            left = ("num", float(tok.text) if "." in tok.text else int(tok.text))
        elif tok.kind == "name":
            if self.peek().text == "(":
                self.next()
                args = []
                if self.peek().text != ")":
                    args.append(self.expr())
                    while self.peek().text == ",":
                        self.next()
                        args.append(self.expr())
                self.expect(")")
                left = ("call", tok.text, args)
            else:
                left = ("var", tok.text)
        elif tok.text == "-":
            left = ("neg", self.expr(25))
        elif tok.text == "(":
            left = self.expr()
            self.expect(")")
        else:
            raise SyntaxError(f"unexpected {tok.text or 'end'!r} at {tok.pos}")
        while True:
            op = self.peek().text
            bp = BP.get(op, 0) if self.peek().kind == "op" else 0
            if bp <= rbp:
                return left
            self.next()
            right = self.expr(bp - 1 if op in ("**", "=") else bp)
            left = ("assign", left[1], right) if op == "=" else ("bin", op, left, right)
def show(n):
    k = n[0]
    if k == "num": return str(n[1])
    if k == "var": return n[1]
    if k == "neg": return f"(-{show(n[1])})"
    if k == "call": return f"{n[1]}({', '.join(map(show, n[2]))})"
    if k == "assign": return f"{n[1]} := {show(n[2])}"
    return f"({show(n[2])} {n[1]} {show(n[3])})"
FUNCS = {"max": max, "min": min, "abs": abs}
def ev(n, env):
    k = n[0]
    if k == "num": return n[1]
    if k == "var":
        if n[1] not in env:
            raise NameError(f"undefined variable {n[1]}")
        return env[n[1]]
    if k == "neg": return -ev(n[1], env)
    if k == "call": return FUNCS[n[1]](*[ev(a, env) for a in n[2]])
    if k == "assign":
        env[n[1]] = ev(n[2], env)
        return env[n[1]]
    a, b = ev(n[2], env), ev(n[3], env)
    return {"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else float("nan"), "%": a % b if b else 0, "**": a ** b}[n[1]]
env = {}
for src in ["x = 3", "y = x * 2 + 1", "2 ** 3 ** 2", "-2 ** 2", "(1 + 2) * (3 + 4) % 5", "max(x, y, 4) - min(1, abs(-7))",
            "z = w = 10", "z + w", "1.5 * 4 / 3", "10 / 0", "q + 1", "3 +", "(1 + 2", "4 $ 4", "max()", "a = 1 + (b = 2)"]:
    try:
        ast = Parser(lex(src)).expr()
        print(f"{src:32} {show(ast):36} => {ev(ast, env)!r}")
    except (SyntaxError, NameError, ValueError, TypeError) as e:
        print(f"{src:32} {type(e).__name__}: {e}")
print(sorted(env.items()))
print(lex("a1 = f(2, 3.5) ** -x"))
