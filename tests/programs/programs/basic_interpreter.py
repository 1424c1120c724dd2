# A tiny line-numbered BASIC interpreter: LET, PRINT, IF ... THEN, GOTO, GOSUB/RETURN, FOR/NEXT, END.
PROGRAM = """
10 LET N = 10
20 LET A = 0
30 LET B = 1
40 FOR I = 1 TO N
50 PRINT I, A
60 LET T = A + B
70 LET A = B
80 LET B = T
90 NEXT I
100 GOSUB 500
110 IF A > 50 THEN 130
120 PRINT "not reached"
130 LET X = 7 * (3 + 4) - 10 / 2
140 PRINT "X =", X
150 GOTO 200
160 PRINT "skipped"
200 FOR J = 3 TO 1 STEP -1
210 PRINT "countdown", J
220 NEXT J
230 END
500 PRINT "in subroutine A =", A
510 RETURN
"""
class BasicError(Exception):
    pass
def evaluate(expr, env):
    tokens = expr.replace("(", " ( ").replace(")", " ) ").split()
    safe = []
    for t in tokens:
        if t.isidentifier():
            if t not in env:
                raise BasicError(f"undefined variable {t}")
            safe.append(repr(env[t]))
        elif t in "+-*/()<>=" or t.lstrip("-").replace(".", "").isdigit() or t in ("<=", ">=", "<>"):
            safe.append({"=": "==", "<>": "!="}.get(t, t))
        elif t.startswith('"'):
            safe.append(t)
        else:
            raise BasicError(f"bad token {t!r}")
    return eval(" ".join(safe), {"__builtins__": {}})
def run(src, max_steps=10000):
    lines = {}
    for raw in src.strip().splitlines():
        num, _, stmt = raw.strip().partition(" ")
        lines[int(num)] = stmt.strip()
    order = sorted(lines)
    env, gosub, loops, out = {}, [], {}, []
    pc, steps = 0, 0
    while pc < len(order):
        steps += 1
        if steps > max_steps:
            raise BasicError("too many steps")
        num = order[pc]
        stmt = lines[num]
        kw, _, rest = stmt.partition(" ")
        pc += 1
        if kw == "LET":
            name, _, expr = rest.partition("=")
            env[name.strip()] = evaluate(expr, env)
        elif kw == "PRINT":
            parts = []
            for p in rest.split(","):
                p = p.strip()
                parts.append(p[1:-1] if p.startswith('"') else str(evaluate(p, env)))
            out.append(" ".join(parts))
        elif kw == "IF":
            cond, _, target = rest.partition(" THEN ")
            if evaluate(cond, env):
                pc = order.index(int(target))
        elif kw == "GOTO":
            pc = order.index(int(rest))
        elif kw == "GOSUB":
            gosub.append(pc)
            pc = order.index(int(rest))
        elif kw == "RETURN":
            if not gosub:
                raise BasicError(f"RETURN without GOSUB at {num}")
            pc = gosub.pop()
        elif kw == "FOR":
            var, _, spec = rest.partition("=")
            start, _, spec = spec.partition(" TO ")
            end, _, step = spec.partition(" STEP ")
            var = var.strip()
            env[var] = evaluate(start, env)
            loops[var] = (evaluate(end, env), evaluate(step, env) if step else 1, pc)
        elif kw == "NEXT":
            var = rest.strip()
            end, step, body = loops[var]
            env[var] += step
            if (step > 0 and env[var] <= end) or (step < 0 and env[var] >= end):
                pc = body
        elif kw == "END":
            break
        else:
            raise BasicError(f"unknown statement {kw!r} at line {num}")
    return out, env, steps
out, env, steps = run(PROGRAM)
print("\n".join(out))
print(sorted(env.items()), steps)
for bad in ["10 PRINT Y", "10 RETURN", "10 FROB 1", "10 GOTO 10", "10 LET A = 1 $ 2"]:
    try:
        run(bad, max_steps=500)
    except BasicError as e:
        print("BasicError:", e)
