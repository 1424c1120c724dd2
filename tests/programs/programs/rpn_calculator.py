# A reverse-Polish calculator and an infix-to-RPN converter (shunting-yard).
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}
RIGHT = {"^"}
def tokenize(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit() or ch == ".":
            num += ch
            continue
        if num:
            out.append(num)
            num = ""
        if ch in PREC or ch in "()":
            out.append(ch)
        elif not ch.isspace():
            raise ValueError(f"bad character {ch!r}")
    if num:
        out.append(num)
    return out
def to_rpn(tokens):
    out, stack = [], []
    for t in tokens:
        if t in PREC:
            while stack and stack[-1] in PREC and (PREC[stack[-1]] > PREC[t] or (PREC[stack[-1]] == PREC[t] and t not in RIGHT)):
                out.append(stack.pop())
            stack.append(t)
        elif t == "(":
            stack.append(t)
        elif t == ")":
            while stack and stack[-1] != "(":
                out.append(stack.pop())
            if not stack:
                raise ValueError("unbalanced )")
            stack.pop()
        else:
            out.append(t)
    while stack:
        if stack[-1] == "(":
            raise ValueError("unbalanced (")
        out.append(stack.pop())
    return out
def eval_rpn(rpn):
    st = []
    for t in rpn:
        if t in PREC:
            if len(st) < 2:
                raise ValueError("stack underflow")
            b, a = st.pop(), st.pop()
            if t == "+": st.append(a + b)
            elif t == "-": st.append(a - b)
            elif t == "*": st.append(a * b)
            elif t == "/": st.append(a / b)
            elif t == "%": st.append(a % b)
            else: st.append(a ** b)
        else:
            st.append(float(t) if "." in t else int(t))
    if len(st) != 1:
        raise ValueError(f"leftover stack {st}")
    return st[0]
exprs = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "100 / 7", "100 % 7 + 2.5", "((2))", "7 - 3 - 2", "2 * (3 + 4) * (5 - 1)",
         "1.5 * 4", "2 ^ 100", "(1 + 2", "1 + 2)", "3 $ 4", "1 / 0", "5 5"]
for e in exprs:
    try:
        rpn = to_rpn(tokenize(e))
        print(f"{e!r:28} -> {' '.join(rpn):24} = {eval_rpn(rpn)}")
    except (ValueError, ZeroDivisionError) as ex:
        print(f"{e!r:28} !! {type(ex).__name__}: {ex}")
