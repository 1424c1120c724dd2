# assert, for/while else clauses, break/continue interplay with exceptions.
def check(v):
    assert v > 0, f"value must be positive, got {v}"
    assert isinstance(v, int)
    return v * 2
for v in (1, -1, 2.5):
    try:
        print(check(v))
    except AssertionError as e:
        print("AssertionError:", e, e.args)
def search(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
search([1, 2, 3], 2)
search([1, 2, 3], 9)
search([], 1)
n = 0
while n < 3:
    n += 1
else:
    print("while finished normally", n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print("never printed")
print("n is", n)
for i in range(3):
    try:
        if i == 1:
            raise ValueError(i)
    except ValueError:
        print("continue after error", i)
        continue
    finally:
        print("finally", i)
    print("body", i)
else:
    print("loop else runs after continue-only loop")
def ret_in_loop():
    for i in range(5):
        try:
            return i
        finally:
            print("finally on return", i)
print(ret_in_loop())
x = 0
try:
    assert x, "x is falsy"
except AssertionError as e:
    print(e)
try:
    assert (), ()
except AssertionError as e:
    print(repr(e), e.args)
