def f(x):
    try:
        r = 10 // x
    except ZeroDivisionError as e:
        print("zero", e)
        r = None
    except (TypeError, ValueError):
        r = -1
    except Exception:
        raise
    else:
        print("ok")
    finally:
        print("done")
    return r
print(f(2), f(0), f("a"))
