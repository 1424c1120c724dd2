# Builtin function objects as values: map over builtins, bound builtin methods, __self__/__name__, passing them around.
fns = [len, str.upper, abs, repr, sorted, list, bool, hash if False else id and None or str]
print([f.__name__ for f in (len, abs, repr, sorted, divmod, max)], [callable(f) for f in (len, str.upper, "".join, 5)])
m = [].append
print(type(m).__name__, m.__name__, type(m.__self__).__name__, "x".upper.__self__, (5).__add__.__self__)
apply = lambda f, *a: f(*a)
print(apply(len, "abcd"), apply(divmod, 17, 5), apply(str.join, "-", "xyz"), apply(max, 3, 9, 1), apply(sorted, "cab"))
print(list(map(str.strip, ["  a ", "b  "])), list(map(int.__add__, [1, 2], [10, 20])), list(map(dict.get, [{"k": 1}], ["k"])))
ops = {"+": int.__add__, "*": int.__mul__, "max": max, "pow": pow}
print({k: f(6, 7) for k, f in ops.items()})
up = str.upper
print(up("méthode"), str.upper is up, "a".upper == "a".upper, "a".upper is "a".upper)
lst = []
push = lst.append
for i in range(5):
    push(i * i)
print(lst, push.__self__ is lst)
print(sorted(["b", "A", "c"], key=str.casefold), max(["aa", "b"], key=len), list(filter(str.isdigit, ["1", "a", "22"])))
print(getattr(__builtins__, "len")("four"), __builtins__.sum([1, 2]), type(len).__name__, type(str.upper).__name__, type([].append).__name__)
