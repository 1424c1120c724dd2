# sorted/list.sort: key, reverse, stability, mixed types error, sorting many equal keys.
records = [("alice", 30, "nyc"), ("bob", 25, "sf"), ("carol", 30, "la"), ("dave", 25, "nyc"),
           ("eve", 35, "sf"), ("frank", 30, "sf"), ("grace", 25, "la")]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (r[2], -r[1])))
byname = sorted(records)
bycity = sorted(byname, key=lambda r: r[2])
print([r[0] for r in bycity])
print(sorted("The quick Brown fox Jumps".split(), key=str.lower))
print(sorted("The quick Brown fox Jumps".split(), key=len, reverse=True))
x = [5, 3, 8, 1, 9, 2]
print(x.sort(), x, sorted(x, reverse=True), sorted([]), sorted((3, 1, 2)), sorted({3: 0, 1: 0}), sorted("cba"))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)
state = 12345
def lcg():
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state
data = [(lcg() % 10, i) for i in range(200)]
s = sorted(data, key=lambda p: p[0])
print(all(s[i][0] < s[i + 1][0] or (s[i][0] == s[i + 1][0] and s[i][1] < s[i + 1][1]) for i in range(len(s) - 1)))
print(s[:15])
r = sorted(data, key=lambda p: p[0], reverse=True)
print(r[:15])
nums = [lcg() % 1000 for _ in range(500)]
print(sorted(nums)[:20], sorted(nums)[-5:], sum(sorted(nums)) == sum(nums))
runs = list(range(50)) + list(range(100, 50, -1)) + list(range(50, 60))
print(sorted(runs) == sorted(runs, key=lambda v: v), sorted(runs)[45:60])
print(sorted([3.5, 1, True, 2.0, -1]), sorted([[2, 1], [1, 5], [1, 2, 3]]), sorted([(1, "b"), (1, "a")]))
calls = []
def key(v):
    calls.append(v)
    return -v
print(sorted([3, 1, 2], key=key), calls)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
words.sort(key=lambda w: (w.lower(), w))
print(words)
