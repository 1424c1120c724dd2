# raise ... from None suppresses the context in the traceback.
def get(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"{k} missing") from None
print(get({"x": 1}, "x"))
get({"x": 1}, "y")
