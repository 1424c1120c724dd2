# Traceback entries carry tb_frame: the frame object of each activation the exception passed
# through, whose f_locals are the activation's final locals; tb_lineno/tb_next as before.
import sys

def inner(n):
    local_value = n * 3
    raise ValueError(local_value)

def outer(m):
    tag = "outer"
    inner(m + 1)

try:
    outer(4)
except ValueError as e:
    tb = e.__traceback__
    entries = []
    while tb is not None:
        f = tb.tb_frame
        entries.append((f.f_code.co_name, tb.tb_lineno, f.f_lineno, sorted(f.f_locals) if f.f_code.co_name != "<module>" else None))
        tb = tb.tb_next
    print(entries)
    last = e.__traceback__.tb_next.tb_next
    print(last.tb_frame.f_locals)
    print(last.tb_frame.f_back.f_code.co_name, last.tb_frame.f_back is e.__traceback__.tb_next.tb_frame)
    print(e.__traceback__.tb_frame is sys._getframe())
    print(isinstance(e.__traceback__.tb_lasti, int))

def catcher():
    try:
        inner(1)
    except ValueError:
        return sys.exc_info()[2]

tb = catcher()
print(tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_locals)
print(tb.tb_frame.f_back.f_code.co_name)

# Re-raising through several frames adds one entry per frame.
def level(k):
    if k == 0:
        raise KeyError("bottom")
    level(k - 1)

try:
    level(3)
except KeyError as e:
    names = []
    t = e.__traceback__
    while t:
        names.append((t.tb_frame.f_code.co_name, t.tb_frame.f_locals.get("k")))
        t = t.tb_next
    print(names)

# frame.clear(): a finished frame's locals go; a running frame cannot be cleared.
try:
    outer(0)
except ValueError as e:
    f = e.__traceback__.tb_next.tb_next.tb_frame
    print(sorted(f.f_locals))
    f.clear()
    print(f.f_locals)
try:
    sys._getframe().clear()
except RuntimeError as e:
    print("RuntimeError:", e)

def clear_caller():
    try:
        sys._getframe(1).clear()
    except RuntimeError as e:
        print("RuntimeError:", e)

clear_caller()
