# Allocation-heavy binary trees (tuples), checked by node counts; exercises allocation and freeing.
def make(depth):
    return (make(depth - 1), make(depth - 1)) if depth else (None, None)
def check(node):
    left, right = node
    return 1 if left is None else 1 + check(left) + check(right)
max_depth = 12
stretch = make(max_depth + 1)
print(f"stretch tree of depth {max_depth + 1}\t check: {check(stretch)}")
del stretch
long_lived = make(max_depth)
for d in range(4, max_depth + 1, 2):
    iterations = 2 ** (max_depth - d + 4)
    total = 0
    for _ in range(iterations // 8):
        total += check(make(d))
    print(f"{iterations // 8}\t trees of depth {d}\t check: {total}")
print(f"long lived tree of depth {max_depth}\t check: {check(long_lived)}")
class Node:
    __slots__ = ("l", "r")
    def __init__(self, l=None, r=None):
        self.l, self.r = l, r
def make_obj(d):
    return Node(make_obj(d - 1), make_obj(d - 1)) if d else Node()
def count(n):
    return 1 if n.l is None else 1 + count(n.l) + count(n.r)
print(sum(count(make_obj(8)) for _ in range(20)))
