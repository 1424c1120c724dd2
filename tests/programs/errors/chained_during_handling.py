# Implicit chaining: "During handling of the above exception, another exception occurred".
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return d["fallback"]
print("looking up")
lookup({"a": 1}, "b")
