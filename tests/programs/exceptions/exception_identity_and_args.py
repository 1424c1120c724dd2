# Exceptions compare by identity; args/str/repr; exceptions stored and re-raised keep identity; pickling-free copying of args.
a = ValueError("same")
b = ValueError("same")
print(a == b, a == a, a.args == b.args, str(a) == str(b), hash(a) == hash(a))
store = []
for i in range(3):
    try:
        raise KeyError(i)
    except KeyError as e:
        store.append(e)
print(store, [e.args for e in store], [str(e) for e in store])
try:
    raise store[1]
except KeyError as again:
    print(again is store[1], again.__traceback__ is not None)
err = TypeError("orig", 1, [2])
err.args[2].append(3)
print(err.args, repr(err), str(err))
class WithExtra(Exception):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.msg, self.code = msg, code
w = WithExtra("bad thing", 42)
print(w.args, w.msg, w.code, str(w), repr(w))
print(isinstance(w, Exception), type(w).__mro__[1].__name__, WithExtra.__name__, WithExtra.__qualname__)
e1 = RuntimeError()
e2 = RuntimeError(None)
print(repr(e1), repr(e2), str(e1) == "", str(e2))
