# Functions stored in data structures: dispatch tables, command pattern with undo, strategy selection, function attributes.
def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
def div(a, b): return a / b if b else float("nan")
ops = {"+": add, "-": sub, "*": mul, "/": div}
print({k: f(12, 4) for k, f in ops.items()}, [f.__name__ for f in ops.values()], ops["*"] is mul)
for f in ops.values():
    f.calls = 0
def call(sym, a, b):
    f = ops[sym]
    f.calls += 1
    return f(a, b)
for expr in ["1 + 2", "9 / 3", "2 * 8", "5 - 9", "1 / 0", "4 * 4"]:
    a, sym, b = expr.split()
    print(expr, "=", call(sym, int(a), int(b)))
print({f.__name__: f.calls for f in ops.values()})
class Editor:
    def __init__(self):
        self.text = ""
        self.history = []
    def run(self, do, undo):
        do()
        self.history.append(undo)
    def undo(self):
        if self.history:
            self.history.pop()()
ed = Editor()
def insert(s):
    def do():
        ed.text += s
    def undo():
        ed.text = ed.text[:-len(s)]
    ed.run(do, undo)
def upper():
    before = ed.text
    def do():
        ed.text = ed.text.upper()
    def undo():
        ed.text = before
    ed.run(do, undo)
insert("hello"); insert(" world"); upper()
print(ed.text)
ed.undo(); print(ed.text)
ed.undo(); print(ed.text)
ed.undo(); ed.undo(); print(repr(ed.text), len(ed.history))
strategies = [("shortest", lambda ws: min(ws, key=len)), ("longest", lambda ws: max(ws, key=len)), ("first-alpha", lambda ws: sorted(ws)[0])]
words = ["kiwi", "banana", "fig", "apple"]
print([(name, pick(words)) for name, pick in strategies])
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "-"), lambda s: s[:12]]
title = "  The Quick Brown Fox Jumps  "
for step in pipeline:
    title = step(title)
print(title)
