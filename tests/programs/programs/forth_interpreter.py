# A small Forth: data stack, word definitions with : ;, IF ELSE THEN, DO LOOP, variables, and error handling.
class ForthError(Exception):
    pass
class Forth:
    def __init__(self):
        self.stack = []
        self.words = {}
        self.vars = {}
        self.out = []
    def pop(self):
        if not self.stack:
            raise ForthError("stack underflow")
        return self.stack.pop()
    def run(self, text):
        self.execute(text.split())
    def execute(self, tokens):
        i = 0
        while i < len(tokens):
            t = tokens[i].upper()
            i += 1
            if t == ":":
                end = tokens.index(";", i)
                self.words[tokens[i].upper()] = tokens[i + 1:end]
                i = end + 1
            elif t == "IF":
                depth, j, else_at = 1, i, None
                while depth:
                    w = tokens[j].upper()
                    depth += w == "IF"
                    depth -= w == "THEN"
                    if w == "ELSE" and depth == 1:
                        else_at = j
                    j += 1
                then_at = j - 1
                if self.pop():
                    self.execute(tokens[i:else_at if else_at is not None else then_at])
                elif else_at is not None:
                    self.execute(tokens[else_at + 1:then_at])
                i = then_at + 1
            elif t == "DO":
                end = max(k for k in range(i, len(tokens)) if tokens[k].upper() == "LOOP")
                body = tokens[i:end]
                start, limit = self.pop(), self.pop()
                for idx in range(start, limit):
                    self.vars["I"] = idx
                    self.execute(body)
                i = end + 1
            elif t == "VARIABLE":
                self.vars[tokens[i].upper()] = 0
                i += 1
            elif t in self.words:
                self.execute(self.words[t])
            else:
                self.primitive(t)
    def primitive(self, t):
        s = self.stack
        if t.lstrip("-").isdigit():
            s.append(int(t))
        elif t in ("+", "-", "*", "/", "MOD", "<", ">", "="):
            b, a = self.pop(), self.pop()
            if t in ("/", "MOD") and b == 0:
                raise ForthError("division by zero")
            s.append({"+": a + b, "-": a - b, "*": a * b, "/": a // b if b else 0, "MOD": a % b if b else 0,
                      "<": -(a < b), ">": -(a > b), "=": -(a == b)}[t])
        elif t == "DUP": s.append(s[-1] if s else self.pop())
        elif t == "DROP": self.pop()
        elif t == "SWAP": b, a = self.pop(), self.pop(); s += [b, a]
        elif t == "OVER": b, a = self.pop(), self.pop(); s += [a, b, a]
        elif t == "ROT": c, b, a = self.pop(), self.pop(), self.pop(); s += [b, c, a]
        elif t == ".": self.out.append(str(self.pop()))
        elif t == "CR": self.out.append("\n")
        elif t == "I": s.append(self.vars["I"])
        elif t == "!":
            name = self.pop()
            self.vars[name] = self.pop()
        elif t == "@": s.append(self.vars[self.pop()])
        elif t in self.vars: s.append(t)
        else:
            raise ForthError(f"unknown word {t}")
f = Forth()
program = """
: SQUARE DUP * ;
: CUBE DUP SQUARE * ;
: ABS DUP 0 < IF -1 * THEN ;
: SIGN DUP 0 < IF DROP -1 ELSE 0 > IF 1 ELSE 0 THEN THEN ;
: FACT DUP 1 > IF DUP 1 - FACT * THEN ;
VARIABLE TOTAL
5 SQUARE . 3 CUBE . -7 ABS . 7 ABS . CR
-5 SIGN . 0 SIGN . 9 SIGN . CR
10 FACT . 20 FACT . CR
11 1 DO I SQUARE TOTAL @ + TOTAL ! LOOP TOTAL @ . CR
1 2 3 ROT . . . 4 5 OVER . . . CR
"""
f.run(program)
print(" ".join(f.out).replace(" \n ", "\n").strip())
print("stack:", f.stack, "words:", sorted(f.words))
for bad in ["1 +", "5 0 /", "FROB", "DROP"]:
    g = Forth()
    try:
        g.run(bad)
    except ForthError as e:
        print(f"{bad!r}: ForthError: {e}")
