def f(kind):
    if kind == 0:
        raise ValueError("bad")
    if kind == 1:
        raise KeyError from None
    try:
        1 / 0
    except ZeroDivisionError as exc:
        raise RuntimeError("wrapped") from exc
for k in range(3):
    try:
        f(k)
    except Exception as e:
        print(type(e).__name__)
