# Laziness of map/filter/zip/enumerate/reversed: when callbacks run, partial consumption, exceptions mid-stream.
log = []
def sq(x):
    log.append(f"sq({x})")
    return x * x
def odd(x):
    log.append(f"odd({x})")
    return x % 2
m = map(sq, filter(odd, range(7)))
print("created", log)
print(next(m), log)
print(list(m), log)
log.clear()
z = zip(map(sq, [1, 2, 3]), map(sq, [10, 20]))
print(list(z), log)
log.clear()
e = enumerate(map(sq, [5, 6]), start=1)
print(next(e), log, list(e))
r = reversed([1, 2, 3])
lst = [1, 2, 3]
r2 = reversed(lst)
lst.append(4)
print(list(r), list(r2))
def boom(x):
    if x == 2:
        raise ValueError("boom at 2")
    return x
it = map(boom, range(5))
got = []
try:
    for v in it:
        got.append(v)
except ValueError as err:
    print("ValueError:", err, got, list(it))
mixed = zip(range(3), "abcdef", [True, False, None, 0])
print(list(mixed))
f = filter(None, (log.append("gen") or x for x in [0, 1, "", "a"]))
print(list(f), log.count("gen"))
print(sum(map(len, ["ab", "cde"])), any(map(odd, [2, 4, 5, 6])), log[-3:])
