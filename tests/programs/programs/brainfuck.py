# A Brainfuck interpreter with bracket precomputation, running a few programs.
def run(src, inp=b""):
    code = [c for c in src if c in "+-<>[].,"]
    match, stack = {}, []
    for i, c in enumerate(code):
        if c == "[":
            stack.append(i)
        elif c == "]":
            if not stack:
                raise SyntaxError(f"unmatched ] at {i}")
            j = stack.pop()
            match[i], match[j] = j, i
    if stack:
        raise SyntaxError(f"unmatched [ at {stack[-1]}")
    tape, ptr, pc, out, ip, steps = [0] * 30000, 0, 0, [], 0, 0
    while pc < len(code):
        c = code[pc]
        steps += 1
        if c == "+": tape[ptr] = (tape[ptr] + 1) % 256
        elif c == "-": tape[ptr] = (tape[ptr] - 1) % 256
        elif c == ">": ptr += 1
        elif c == "<": ptr -= 1
        elif c == ".": out.append(tape[ptr])
        elif c == ",":
            tape[ptr] = inp[ip] if ip < len(inp) else 0
            ip += 1
        elif c == "[" and tape[ptr] == 0: pc = match[pc]
        elif c == "]" and tape[ptr] != 0: pc = match[pc]
        pc += 1
    return bytes(out), steps
HELLO = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."
print(run(HELLO))
REVERSE = ">,[>,]<[.<]"
print(run(REVERSE, b"krait!"))
ADD = ",>,[<+>-]<."
print(run(ADD, bytes([30, 12])))
SQUARES = "++++[>+++++<-]>[<+++++>-]+<+[>[>+>+<<-]++>>[<<+>>-]>>>[-]++>[-]+>>>+[[-]++++++>>>]<<<[[<++++++++<++>>-]+<.<[>----<-]<]<<[>>>>>[>>>[-]+++++++++<[>-<-]+++++++++>[-[<->-]+[<<<]]<[>+<-]>]<<-]<<-]"
out, steps = run(SQUARES)
print(out.decode().split("\n")[:12], steps)
for bad in ["[[]", "]["]:
    try:
        run(bad)
    except SyntaxError as e:
        print("SyntaxError:", e)
