# repr of self-referential containers and user __repr__ recursion through containers.
a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
d = {"k": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
x = [1]
y = [x]
x.append(y)
print(x, y)
s = {"a": [1]}
s["a"].append(s)
print(s)
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    def __repr__(self):
        return f"Node({self.name}, {self.children})"
root = Node("root")
child = Node("child")
root.children.append(child)
child.children.append(Node("leaf"))
print(root)
lst = [[[]]] * 2
lst[0][0].append(5)
print(lst)
od = {1: {2: {3: {}}}}
od[1][2][3][4] = od[1]
print(od)
class Loop:
    def __repr__(self):
        return f"Loop({self.other!r})"
l1 = Loop()
l1.other = [l1]
try:
    print(repr(l1))
except RecursionError as e:
    print("RecursionError caught:", str(e)[:40])
print("still running")
