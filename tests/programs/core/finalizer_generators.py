# Suspended generators dropped without finishing are closed: GeneratorExit is thrown in and
# finally blocks run, as CPython's _PyGen_Finalize.
def g(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", name)

it = g("a")
next(it)
print("suspended")
del it
print("after del")

it = g("never started")
del it
print("unstarted dropped")

it = g("finished")
print(list(it))
del it

def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        raise
x = catcher()
next(x)
x = None
print("rebound")

def loop():
    for i in range(3):
        it = g(f"loop{i}")
        next(it)
    print("loop done")
loop()

print("end")
