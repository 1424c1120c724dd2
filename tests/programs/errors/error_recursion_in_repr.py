# RecursionError from a __repr__ that recurses through str(), with the repeated-frame summary.
class Node:
    def __init__(self):
        self.parent = self
    def __repr__(self):
        return f"Node(parent={self.parent})"
print("about to print")
print(Node())
