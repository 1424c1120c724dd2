# A line-based diff using LCS, printed as a unified-style hunk list with context, plus a patch-apply round trip.
def lcs_table(a, b):
    t = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            t[i][j] = t[i + 1][j + 1] + 1 if a[i] == b[j] else max(t[i + 1][j], t[i][j + 1])
    return t
def diff(a, b):
    t = lcs_table(a, b)
    i = j = 0
    ops = []
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            ops.append((" ", a[i])); i += 1; j += 1
        elif t[i + 1][j] >= t[i][j + 1]:
            ops.append(("-", a[i])); i += 1
        else:
            ops.append(("+", b[j])); j += 1
    ops += [("-", x) for x in a[i:]] + [("+", x) for x in b[j:]]
    return ops
def apply(a, ops):
    out, i = [], 0
    for op, line in ops:
        if op == " ":
            assert a[i] == line
            out.append(line); i += 1
        elif op == "-":
            assert a[i] == line
            i += 1
        else:
            out.append(line)
    return out
def hunks(ops, context=1):
    changed = [k for k, (op, _) in enumerate(ops) if op != " "]
    groups = []
    for k in changed:
        if groups and k - groups[-1][-1] <= 2 * context + 1:
            groups[-1].append(k)
        else:
            groups.append([k])
    for g in groups:
        lo, hi = max(0, g[0] - context), min(len(ops), g[-1] + context + 1)
        print(f"@@ ops {lo}..{hi - 1} @@")
        for op, line in ops[lo:hi]:
            print(f"{op}{line}")
old = """def greet(name):
    print("Hello", name)
    return None

def main():
    greet("world")
    greet("krait")
    print("done")
""".splitlines()
new = """def greet(name, punct="!"):
    print("Hello", name + punct)

def main():
    greet("world")
    greet("python", "?")
    greet("krait")
    print("all done")
""".splitlines()
ops = diff(old, new)
print(sum(op == "+" for op, _ in ops), "added,", sum(op == "-" for op, _ in ops), "removed,", sum(op == " " for op, _ in ops), "kept")
hunks(ops)
print(apply(old, ops) == new)
print(diff(list("kitten"), list("sitting")))
print(diff([], ["a"]), diff(["a"], []), diff(["x", "y"], ["x", "y"]))
