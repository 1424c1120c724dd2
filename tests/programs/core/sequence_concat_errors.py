"""list += any iterable, the sequence types' TypeError messages for + and *, dict.fromkeys."""
l=[1]; l += "ab"; l += (3,); l += l; print(l)
try:
    l += 5
except TypeError as e: print(e)
t=(1,); 
try:
    t += [2]
except TypeError as e: print(e)
for a, b in [((1,), [2]), ([1], (2,)), ("a", 1), ([1], "a"), ("a", "b"), ([1], 2.5), (2.5, "x"), ({1}, 2), (1, "a")]:
    for op in ("+", "*"):
        try:
            eval(f"a {op} b")
            print("ok", op)
        except TypeError as e:
            print(op, e)
x = (1,)
try:
    x += [2]
except TypeError as e:
    print(e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), {}.fromkeys((3,), []))
try:
    dict.fromkeys(5)
except TypeError as e:
    print(e)
