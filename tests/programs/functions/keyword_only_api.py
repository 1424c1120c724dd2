# An API designed with positional-only and keyword-only parameters, and introspection of signatures via __code__.
def connect(host, port=80, /, *, timeout=10.0, retries=3, **options):
    return f"{host}:{port} t={timeout} r={retries} opts={sorted(options.items())}"
print(connect("a"))
print(connect("b", 8080, timeout=1.5))
print(connect("c", retries=0, verbose=True, host="ignored-in-options"))
for bad in [lambda: connect(), lambda: connect("x", 1, 2), lambda: connect(host="x"), lambda: connect("x", timeout=1, timeout2=2, retries=1, **{"retries": 2})]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
c = connect.__code__
print(c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_varnames[:c.co_argcount + c.co_kwonlyargcount + 1], bool(c.co_flags & 0x08), bool(c.co_flags & 0x04))
print(connect.__defaults__, connect.__kwdefaults__)
def star_only(*, a=1, b):
    return a, b
print(star_only(b=2), star_only(b=3, a=4))
def varargs_then_kw(*args, sep="-"):
    return sep.join(map(str, args))
print(varargs_then_kw(1, 2, 3), varargs_then_kw(1, 2, sep="+"), varargs_then_kw())
def pos_only_default(a, b=2, /):
    return a * b
print(pos_only_default(3), pos_only_default(3, 3))
try:
    pos_only_default(a=1)
except TypeError as e:
    print("TypeError:", e)
