# Slice semantics for lists, tuples, strings, bytes, ranges: clamping, negative steps, assignment, deletion.
seq = list(range(10))
cases = [(None, None, None), (2, None, None), (None, 3, None), (-3, None, None), (None, -3, None), (2, 8, 3),
         (8, 2, -2), (None, None, -1), (-1, -11, -1), (100, None, -1), (-100, 100, None), (5, 5, None), (3, 1, None),
         (None, None, 4), (1, -1, -1), (-2, None, -3), (0, 10, 100), (9, None, -100)]
for a, b, c in cases:
    s = slice(a, b, c)
    print((a, b, c), seq[s], tuple(seq)[s], "0123456789"[s], b"0123456789"[s], list(range(10)[s]), s.indices(10))
lst = list(range(10))
lst[::3] = ["a", "b", "c", "d"]
print(lst)
lst[1:3] = []
print(lst)
lst[2:2] = ["x", "y", "z"]
print(lst)
lst[-1:] = "END"
print(lst)
del lst[::-2]
print(lst)
lst[:] = range(3)
print(lst)
lst[5:10] = [9]
print(lst)
t = (1, 2, 3)
print(t[::-1], t[1:], t[:0], t[-1:-2:-1])
s = "hello world"
print(s[::-1], s[-5:], s[:-6], s[::2], s[1::3], s[6:100], s[-100:5], s[3:3] == "")
print([1, 2, 3][True:], "abc"[False], (1, 2)[-True])
class Sliceable:
    def __getitem__(self, k):
        return k.indices(20) if isinstance(k, slice) else k
print(Sliceable()[::], Sliceable()[5:-5:2], Sliceable()[-1::-1])
