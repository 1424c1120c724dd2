# A singly linked list class implementing the sequence protocol: len, getitem (incl. slices), iteration, reversal, repr.
class LinkedList:
    class _Node:
        __slots__ = ("val", "next")
        def __init__(self, val, nxt=None):
            self.val, self.next = val, nxt
    def __init__(self, items=()):
        self.head = None
        self._len = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = self._Node(v, self.head)
        self._len += 1
    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        v = self.head.val
        self.head = self.head.next
        self._len -= 1
        return v
    def __len__(self):
        return self._len
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("LinkedList index out of range")
        for k, v in enumerate(self):
            if k == i:
                return v
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __eq__(self, o):
        return isinstance(o, LinkedList) and list(self) == list(o)
    def __contains__(self, v):
        return any(x == v for x in self)
    def __add__(self, o):
        return LinkedList(list(self) + list(o))
ll = LinkedList([1, 2, 3, 4, 5])
print(ll, len(ll), ll[0], ll[-1], ll[1:4], ll[::-1], 3 in ll, 9 in ll, list(ll), sum(ll))
ll.reverse()
print(ll, ll.pop(), ll, ll + LinkedList("ab"), ll == LinkedList([4, 3, 2, 1]), ll == [4, 3, 2, 1])
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
empty = LinkedList()
print(empty, len(empty), bool(empty), list(reversed(ll)) if hasattr(ll, "__reversed__") else list(ll)[::-1])
try:
    empty.pop()
except IndexError as e:
    print("IndexError:", e)
big = LinkedList(range(1000))
big.reverse()
print(big[0], big[999], len(big), sorted(big)[:3], max(big))
