# Every control path out of try/finally: return, break, continue, exceptions, generators; and values seen.
log = []
def f(mode):
    try:
        log.append(f"try {mode}")
        if mode == "raise":
            raise ValueError(mode)
        if mode == "return":
            return "from try"
    except ValueError:
        log.append("except")
        return "from except"
    else:
        log.append("else")
        return "from else"
    finally:
        log.append("finally")
for m in ("raise", "return", "normal"):
    print(m, f(m), log)
    log.clear()
def nested_finally():
    out = []
    try:
        try:
            out.append(1)
            return out
        finally:
            out.append(2)
    finally:
        out.append(3)
print(nested_finally())
def finally_changes_returned_list():
    x = [1]
    try:
        return x
    finally:
        x.append("added in finally")
print(finally_changes_returned_list())
def finally_rebinding():
    x = 1
    try:
        return x
    finally:
        x = 2
print(finally_rebinding())
def while_finally():
    i = 0
    seen = []
    while True:
        try:
            i += 1
            if i == 2:
                continue
            if i == 4:
                break
            seen.append(i)
        finally:
            seen.append(f"f{i}")
    return seen
print(while_finally())
def exc_replaced():
    try:
        try:
            raise KeyError("original")
        finally:
            raise ValueError("replacement")
    except ValueError as e:
        return repr(e), repr(e.__context__)
print(exc_replaced())
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for x in gen():
    print("x", x)
    if x == 1:
        break
print("end")
