# Closure-based objects: counters, accumulators, bank account via closures, and cell sharing.
def make_account(balance):
    history = []
    def deposit(x):
        nonlocal balance
        balance += x
        history.append(("dep", x))
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            return "insufficient"
        balance -= x
        history.append(("wd", x))
        return balance
    def get():
        return balance, list(history)
    return {"deposit": deposit, "withdraw": withdraw, "get": get}
acct = make_account(100)
print(acct["deposit"](50), acct["withdraw"](30), acct["withdraw"](500), acct["get"]())
def shared_cells():
    x = 0
    def inc():
        nonlocal x
        x += 1
    def read():
        return x
    return inc, read
inc, read = shared_cells()
for _ in range(5):
    inc()
print(read(), inc.__closure__[0] is read.__closure__[0] if inc.__closure__ and read.__closure__ else None)
def generator_closure():
    total = 0
    def add(v):
        nonlocal total
        total += v
    def gen():
        for i in range(3):
            add(i)
            yield total
    return gen()
print(list(generator_closure()))
def loop_cells():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        def g():
            return i
        fs.append((f, g))
    return [(f(), g()) for f, g in fs]
print(loop_cells())
def class_in_closure(prefix):
    class Tagged:
        def tag(self, s):
            return prefix + s
    return Tagged
T1, T2 = class_in_closure("a:"), class_in_closure("b:")
print(T1().tag("x"), T2().tag("y"), T1 is T2, T1.__qualname__)
def counter_gen():
    count = 0
    while True:
        count += 1
        reset = yield count
        if reset:
            count = 0
cg = counter_gen()
print(next(cg), next(cg), cg.send(True), next(cg))
