# Decorators applied to methods, classmethods, staticmethods and properties; decorators that need the instance.
def logged(fn):
    def wrapper(*args, **kwargs):
        name = fn.__qualname__
        print(f"-> {name} args={args[1:] if args and hasattr(args[0], '__dict__') else args} kwargs={kwargs}")
        r = fn(*args, **kwargs)
        print(f"<- {name} = {r!r}")
        return r
    wrapper.__qualname__ = fn.__qualname__
    wrapper.__name__ = fn.__name__
    return wrapper
def validate_positive(fn):
    def wrapper(self, value):
        if value <= 0:
            raise ValueError(f"{fn.__name__} needs a positive value, got {value}")
        return fn(self, value)
    return wrapper
class Account:
    rate = 0.05
    def __init__(self, balance):
        self.balance = balance
    def __repr__(self):
        return f"Account({self.balance})"
    @logged
    def deposit(self, amount):
        self.balance += amount
        return self.balance
    @validate_positive
    @logged
    def withdraw(self, amount):
        self.balance -= amount
        return self.balance
    @classmethod
    @logged
    def with_bonus(cls, amount):
        return cls(amount + 10)
    @staticmethod
    @logged
    def convert(cents):
        return cents / 100
    @property
    @logged
    def interest(self):
        return round(self.balance * self.rate, 2)
a = Account(100)
a.deposit(50)
a.withdraw(30)
try:
    a.withdraw(-5)
except ValueError as e:
    print("ValueError:", e)
b = Account.with_bonus(5)
print(b.balance, Account.convert(1234), a.interest)
print(Account.deposit.__qualname__, Account.withdraw.__name__, type(Account.__dict__["with_bonus"]).__name__)
def count_calls(cls):
    original = cls.__init__
    cls.instances = 0
    def __init__(self, *a, **k):
        cls.instances += 1
        original(self, *a, **k)
    cls.__init__ = __init__
    return cls
@count_calls
class Widget:
    def __init__(self, name):
        self.name = name
ws = [Widget(n) for n in "abc"]
print(Widget.instances, [w.name for w in ws])
