# list methods and operators.
a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a.count(1), a.index(4), a.index(1, 2), a[2:5], a[::-1])
a.append(7); print(a)
a.extend([8, 9]); print(a)
a.extend(range(2)); print(a)
a.insert(0, 100); a.insert(-1, 200); a.insert(1000, 300); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1); print(a)
a.reverse(); print(a)
b = a.copy(); b.clear(); print(a, b)
a.sort(); print(a)
a.sort(reverse=True); print(a)
print([1, 2] + [3], [0] * 5, [[0]] * 2, 2 * [1, 2], [] * 10)
c = [1, 2]
c += [3]
c *= 2
print(c)
c += "ab"
print(c)
for bad in [lambda: a.index(999), lambda: [].pop(), lambda: a.remove(999), lambda: a[100], lambda: a + (1,)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0], [1, [2]] == [1, [2]])
print(list(), list("abc"), list(range(3)), list((1, 2)), list({1: 2, 3: 4}), 3 in [1, 2, 3], 4 not in [1, 2, 3])
x = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
x[2:4] = ["a", "b", "c"]; print(x)
x[::2] = range(6); print(x)
x[1:8:3] = [None] * 3; print(x)
del x[::4]; print(x)
x[:0] = [-1]; print(x)
x[len(x):] = [99]; print(x)
del x[1:3]; print(x)
x[-2:] = []; print(x)
try:
    x[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
nested = [[1, 2], [3, 4]]
shallow = nested.copy()
shallow[0].append(99)
print(nested, shallow, nested[0] is shallow[0])
