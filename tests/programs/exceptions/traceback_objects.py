# Traceback objects: tb_lineno, tb_next chain, frame code names, with_traceback, __traceback__ after re-raise.
def a():
    b()
def b():
    c()
def c():
    raise ValueError("deep")
try:
    a()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
def rethrow():
    try:
        c()
    except ValueError as e:
        raise RuntimeError("wrapped") from e
try:
    rethrow()
except RuntimeError as e:
    print(e.__traceback__.tb_frame.f_code.co_name, e.__traceback__.tb_next.tb_frame.f_code.co_name)
    print(e.__cause__.__traceback__.tb_next.tb_frame.f_code.co_name)
err = KeyError("no tb")
print(err.__traceback__)
try:
    raise err
except KeyError as e:
    print(e.__traceback__ is not None, e.__traceback__.tb_lineno)
try:
    try:
        c()
    except ValueError as e:
        saved = e.__traceback__
        raise TypeError("new").with_traceback(saved)
except TypeError as e:
    t = e.__traceback__
    chain = []
    while t:
        chain.append(t.tb_frame.f_code.co_name)
        t = t.tb_next
    print(chain)
import sys
def current():
    try:
        raise IndexError("x")
    except IndexError:
        return sys.exc_info()[2].tb_frame.f_code.co_name
print(current())
