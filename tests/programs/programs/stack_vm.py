# A small stack-based virtual machine with an assembler, labels, calls, and a trace of execution.
def assemble(src):
    code, labels = [], {}
    for line in src.strip().splitlines():
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        op, *args = line.split()
        code.append((op, args[0] if args else None))
    return [(op, labels.get(a, int(a) if a is not None and a.lstrip("-").isdigit() else a)) for op, a in code]
def run(code, trace=False, limit=100000):
    stack, calls, pc, steps, out = [], [], 0, 0, []
    while pc < len(code):
        steps += 1
        if steps > limit:
            raise RuntimeError("step limit exceeded")
        op, arg = code[pc]
        if trace:
            print(f"{pc:3d} {op:6} {str(arg):6} {stack}")
        pc += 1
        if op == "push": stack.append(arg)
        elif op == "pop": stack.pop()
        elif op == "dup": stack.append(stack[-1])
        elif op == "swap": stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == "over": stack.append(stack[-2])
        elif op == "add": b = stack.pop(); stack.append(stack.pop() + b)
        elif op == "sub": b = stack.pop(); stack.append(stack.pop() - b)
        elif op == "mul": b = stack.pop(); stack.append(stack.pop() * b)
        elif op == "mod": b = stack.pop(); stack.append(stack.pop() % b)
        elif op == "lt": b = stack.pop(); stack.append(int(stack.pop() < b))
        elif op == "jmp": pc = arg
        elif op == "jz":
            if stack.pop() == 0:
                pc = arg
        elif op == "call": calls.append(pc); pc = arg
        elif op == "ret": pc = calls.pop()
        elif op == "print": out.append(stack.pop())
        elif op == "halt": break
        else:
            raise ValueError(f"unknown op {op!r} at {pc - 1}")
    return out, steps, stack
FACT = """
    push 10
    call fact
    print
    halt
fact:            ; n -> n!
    dup
    push 2
    lt
    jz recurse
    pop
    push 1
    ret
recurse:
    dup
    push 1
    sub
    call fact
    mul
    ret
"""
out, steps, stack = run(assemble(FACT))
print("fact", out, steps, stack)
GCD = """
    push 1071
    push 462
loop:
    dup
    jz done
    swap
    over
    mod
    jmp loop
done:
    pop
    print
"""
print("gcd", run(assemble(GCD), trace=True))
FIB = """
    push 0
    push 1
    push 15
next:
    dup
    jz end
    push 1
    sub
    swap
    ; stack: a n-1 b  -> we rotate using over/swap
    print
    push 0
    jmp next
end:
"""
try:
    print(run(assemble("push 1\nbogus\n")))
except ValueError as e:
    print("ValueError:", e)
try:
    run(assemble("top:\njmp top"))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    run(assemble("add"))
except IndexError as e:
    print("IndexError:", e)
print(assemble(FIB)[:6])
