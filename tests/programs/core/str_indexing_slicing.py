# str indexing, slicing with steps, negative indices, iteration, repetition, comparison.
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-3], s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::2], s[::-1],
      s[8:2:-2], s[-1:-5:-1], s[100:], s[-100:2], s[5:2], repr(s[5:5]))
for step in (1, 2, 3, -1, -2, -4):
    print(step, [s[i::step] for i in (0, 3, -2)])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
try:
    s["a"]
except TypeError as e:
    print("TypeError:", e)
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "a" + "b", len("héllo"), len(""), list("héllo"))
print("abc" < "abd", "abc" < "ab", "Z" < "a", "é" > "z", "" < "a", "abc" == "abc", sorted(["b", "A", "a", "B", "é", "_"]))
u = "a\u00e9\u4e2d\U0001F600z"
print(len(u), [ord(c) for c in u], u[3], u[::-1] == "z\U0001F600\u4e2d\u00e9a", ascii(u))
print(s[slice(1, 8, 3)], s[slice(None)], slice(1, 8, 3).indices(10), slice(-1, None, -1).indices(5))
