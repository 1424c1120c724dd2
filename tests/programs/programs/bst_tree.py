# A binary search tree with insert/delete/traversals/height, plus an AVL rebalancing variant.
class BST:
    class Node:
        def __init__(self, k):
            self.k, self.l, self.r = k, None, None
    def __init__(self):
        self.root = None
        self.size = 0
    def insert(self, k):
        def ins(n):
            if n is None:
                self.size += 1
                return BST.Node(k)
            if k < n.k:
                n.l = ins(n.l)
            elif k > n.k:
                n.r = ins(n.r)
            return n
        self.root = ins(self.root)
    def delete(self, k):
        def dele(n, k):
            if n is None:
                raise KeyError(k)
            if k < n.k:
                n.l = dele(n.l, k)
            elif k > n.k:
                n.r = dele(n.r, k)
            else:
                if n.l is None:
                    return n.r
                if n.r is None:
                    return n.l
                m = n.r
                while m.l:
                    m = m.l
                n.k = m.k
                n.r = dele(n.r, m.k)
            return n
        self.root = dele(self.root, k)
        self.size -= 1
    def inorder(self):
        out = []
        def walk(n):
            if n:
                walk(n.l); out.append(n.k); walk(n.r)
        walk(self.root)
        return out
    def preorder(self):
        out, stack = [], [self.root] if self.root else []
        while stack:
            n = stack.pop()
            out.append(n.k)
            if n.r: stack.append(n.r)
            if n.l: stack.append(n.l)
        return out
    def levels(self):
        out, level = [], [self.root] if self.root else []
        while level:
            out.append([n.k for n in level])
            level = [c for n in level for c in (n.l, n.r) if c]
        return out
    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n.l), h(n.r))
        return h(self.root)
    def __contains__(self, k):
        n = self.root
        while n:
            if k == n.k:
                return True
            n = n.l if k < n.k else n.r
        return False
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    t.insert(k)
print(t.size, t.inorder(), t.preorder(), t.levels(), t.height())
for k in [20, 30, 50]:
    t.delete(k)
    print("deleted", k, t.inorder(), t.levels())
try:
    t.delete(999)
except KeyError as e:
    print("KeyError:", e)
print(45 in t, 50 in t, t.size)
class AVL:
    def __init__(self):
        self.root = None
        self.rotations = 0
    @staticmethod
    def h(n):
        return n[3] if n else 0
    def mk(self, k, l, r):
        return [k, l, r, 1 + max(self.h(l), self.h(r))]
    def rot_right(self, n):
        self.rotations += 1
        l = n[1]
        return self.mk(l[0], l[1], self.mk(n[0], l[2], n[2]))
    def rot_left(self, n):
        self.rotations += 1
        r = n[2]
        return self.mk(r[0], self.mk(n[0], n[1], r[1]), r[2])
    def balance(self, n):
        bf = self.h(n[1]) - self.h(n[2])
        if bf > 1:
            if self.h(n[1][1]) < self.h(n[1][2]):
                n = self.mk(n[0], self.rot_left(n[1]), n[2])
            return self.rot_right(n)
        if bf < -1:
            if self.h(n[2][2]) < self.h(n[2][1]):
                n = self.mk(n[0], n[1], self.rot_right(n[2]))
            return self.rot_left(n)
        return n
    def insert(self, k):
        def ins(n):
            if n is None:
                return [k, None, None, 1]
            if k < n[0]:
                n = self.mk(n[0], ins(n[1]), n[2])
            else:
                n = self.mk(n[0], n[1], ins(n[2]))
            return self.balance(n)
        self.root = ins(self.root)
a = AVL()
plain = BST()
for k in range(1, 200):
    a.insert(k)
    plain.insert(k)
print(a.h(a.root), a.rotations, a.root[0], plain.height())
