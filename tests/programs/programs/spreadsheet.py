# A spreadsheet with formulas: parsing cell references, dependency graph, topological recalculation, cycles.
import sys
class CycleError(Exception):
    pass
class Sheet:
    def __init__(self):
        self.raw = {}
        self.values = {}
    def set(self, cell, text):
        self.raw[cell] = text
        self.recalc()
    def refs(self, text):
        out, i = [], 0
        while i < len(text):
            if text[i].isalpha() and text[i].isupper() and i + 1 < len(text) and text[i + 1].isdigit():
                j = i + 1
                while j < len(text) and text[j].isdigit():
                    j += 1
                out.append(text[i:j])
                i = j
            else:
                i += 1
        return out
    def expand_ranges(self, text):
        while ":" in text:
            k = text.index(":")
            a = text[:k].split("(")[-1]
            b = "".join(ch for ch in text[k + 1:].split(")")[0])
            cells = [f"{chr(c)}{r}" for c in range(ord(a[0]), ord(b[0]) + 1) for r in range(int(a[1:]), int(b[1:]) + 1)]
            text = text.replace(f"{a}:{b}", ",".join(cells), 1)
        return text
    def recalc(self):
        deps = {c: self.refs(self.expand_ranges(t[1:])) if t.startswith("=") else [] for c, t in self.raw.items()}
        order, state = [], {}
        def visit(c, path):
            if state.get(c) == 1:
                raise CycleError(" -> ".join(path + [c]))
            if state.get(c) == 2:
                return
            state[c] = 1
            for d in deps.get(c, []):
                visit(d, path + [c])
            state[c] = 2
            order.append(c)
        for c in sorted(deps):
            visit(c, [])
        values = {}
        funcs = {"SUM": lambda *a: sum(a), "MAX": max, "MIN": min, "AVG": lambda *a: sum(a) / len(a)}
        for c in order:
            t = self.raw.get(c, "")
            if t.startswith("="):
                expr = self.expand_ranges(t[1:])
                env = dict(funcs)
                for r in self.refs(expr):
                    env[r] = values.get(r, 0)
                try:
                    values[c] = eval(expr, {"__builtins__": {}}, env)
                except ZeroDivisionError:
                    values[c] = "#DIV/0!"
                except TypeError:
                    values[c] = "#VALUE!"
            else:
                try:
                    values[c] = int(t)
                except ValueError:
                    try:
                        values[c] = float(t)
                    except ValueError:
                        values[c] = t
        self.values = values
    def show(self, cols="ABCD", rows=range(1, 6)):
        print("    " + "".join(f"{c:>10}" for c in cols))
        for r in rows:
            cells = []
            for c in cols:
                v = self.values.get(f"{c}{r}", "")
                cells.append(f"{v:>10.2f}" if isinstance(v, float) else f"{v!s:>10}")
            print(f"{r:>3} " + "".join(cells))
s = Sheet()
for cell, text in [("A1", "10"), ("A2", "20"), ("A3", "30"), ("B1", "=A1*2"), ("B2", "=A2+B1"), ("B3", "=SUM(A1:A3)"),
                   ("C1", "=AVG(A1:B3)"), ("C2", "=MAX(A1:A3)-MIN(B1:B3)"), ("D1", "label"), ("D2", "=A1/0"), ("D3", "=D1+1"),
                   ("A4", "2.5"), ("B4", "=A4*A4")]:
    s.set(cell, text)
s.show()
s.set("A1", "100")
print("after A1 = 100")
s.show()
try:
    s.set("A1", "=C1+1")
except CycleError as e:
    print("CycleError:", e)
