# A traceback through an inheritance chain of super().__init__ calls.
class Base:
    def __init__(self, size):
        self.buffer = [0] * size
class Middle(Base):
    def __init__(self, size):
        super().__init__(size * 2)
class Leaf(Middle):
    def __init__(self, size):
        super().__init__(size)
print(len(Leaf(3).buffer))
Leaf("3")
