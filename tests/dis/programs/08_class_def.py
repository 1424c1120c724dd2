class Base:
    kind = "base"
    def __init__(self, x):
        self.x = x
    def show(self):
        return f"{self.kind}:{self.x}"
class Derived(Base, metaclass=type):
    kind = "derived"
    def show(self):
        return "D" + super().show()
    @property
    def double(self):
        return self.x * 2
print(Derived(2).show(), Derived(3).double)
