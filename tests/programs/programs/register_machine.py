# A register machine with an assembler: MOV/ADD/SUB/MUL/JNZ/JMP/CALL/RET/OUT, running multiply, gcd and primes.
def assemble(src):
    prog, labels = [], {}
    for line in src.strip().splitlines():
        line = line.split("#")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(prog)
            continue
        op, _, args = line.partition(" ")
        prog.append((op.upper(), [a.strip() for a in args.split(",")] if args else []))
    return prog, labels
def run(src, regs=None, limit=200000):
    prog, labels = assemble(src)
    r = dict.fromkeys("abcdef", 0)
    r.update(regs or {})
    val = lambda a: r[a] if a in r else int(a)
    pc, steps, out, stack = 0, 0, [], []
    while 0 <= pc < len(prog):
        steps += 1
        if steps > limit:
            raise RuntimeError(f"step limit at pc={pc}")
        op, args = prog[pc]
        pc += 1
        if op == "MOV": r[args[0]] = val(args[1])
        elif op == "ADD": r[args[0]] += val(args[1])
        elif op == "SUB": r[args[0]] -= val(args[1])
        elif op == "MUL": r[args[0]] *= val(args[1])
        elif op == "MOD": r[args[0]] %= val(args[1])
        elif op == "JNZ":
            if val(args[0]) != 0:
                pc = labels[args[1]]
        elif op == "JLT":
            if val(args[0]) < val(args[1]):
                pc = labels[args[2]]
        elif op == "JMP": pc = labels[args[0]]
        elif op == "CALL": stack.append(pc); pc = labels[args[0]]
        elif op == "RET": pc = stack.pop()
        elif op == "OUT": out.append(val(args[0]))
        elif op == "HLT": break
        else:
            raise ValueError(f"bad opcode {op}")
    return out, steps, r
MULTIPLY = """
    mov c, 0
loop:
    add c, a
    sub b, 1
    jnz b, loop
    out c
"""
print(run(MULTIPLY, {"a": 7, "b": 6}))
GCD = """
top:
    jnz b, step
    out a
    hlt
step:
    mov c, a
    mod c, b
    mov a, b
    mov b, c
    jmp top
"""
print(run(GCD, {"a": 1071, "b": 462}), run(GCD, {"a": 2**40, "b": 6**15})[0])
PRIMES = """
    mov a, 2
next:
    mov b, 2
    call isprime
    add a, 1
    jlt a, 60, next
    hlt
isprime:            # tests a for primality, outputs a if prime
    mov c, b
    mul c, b
    jlt a, c, prime
    mov d, a
    mod d, b
    jnz d, cont
    ret
cont:
    add b, 1
    jmp isprime
prime:
    out a
    ret
"""
out, steps, regs = run(PRIMES)
print(out, steps)
try:
    run("loop:\njmp loop")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    run("frob a")
except ValueError as e:
    print("ValueError:", e)
