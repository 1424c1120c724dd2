# raise ... from ..., implicit __context__, suppress_context with from None, chain walking.
def walk(e):
    out = []
    while e is not None:
        out.append((type(e).__name__, str(e), e.__suppress_context__))
        e = e.__cause__ if e.__cause__ is not None else e.__context__
    return out
try:
    try:
        {}["missing"]
    except KeyError as ke:
        raise ValueError("converted") from ke
except ValueError as e:
    print(walk(e), e.__cause__ is e.__context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("implicit")
except TypeError as e:
    print(walk(e), e.__cause__)
try:
    try:
        [][0]
    except IndexError:
        raise RuntimeError("hidden context") from None
except RuntimeError as e:
    print(walk(e), repr(e.__context__), e.__cause__)
try:
    raise ValueError("a") from TypeError("b")
except ValueError as e:
    print(walk(e))
try:
    raise ValueError("cls cause") from KeyError
except ValueError as e:
    print(repr(e.__cause__))
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)
def deep(n):
    try:
        if n == 0:
            raise KeyError("bottom")
        deep(n - 1)
    except Exception as e:
        raise RuntimeError(f"level {n}")
try:
    deep(3)
except RuntimeError as e:
    print(walk(e))
try:
    try:
        raise ValueError("first")
    finally:
        try:
            raise KeyError("in finally")
        except KeyError as inner:
            print("inner context:", repr(inner.__context__))
except ValueError as e:
    print("outer still", e, e.__context__)
e1 = ValueError("manual")
e1.__cause__ = KeyError("set by hand")
print(e1.__suppress_context__, walk(e1))
try:
    e1.__cause__ = "not exception"
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError("loop")
    except ValueError as v:
        raise v
except ValueError as e:
    print("self-context avoided:", e.__context__)
