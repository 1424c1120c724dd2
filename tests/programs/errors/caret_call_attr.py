# Markers under a failing method call in a chain of attribute accesses.
class Node:
    def __init__(self, nxt=None):
        self.next = nxt
    def value(self):
        return 42
n = Node(Node())
print(n.next.value())
print(n.next.next.value())
