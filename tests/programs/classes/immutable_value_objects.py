# Immutable value objects: __slots__ + __setattr__ guard, hashing, equality, ordering, replace(), use as dict keys.
class Money:
    __slots__ = ("amount", "currency")
    def __init__(self, amount, currency="USD"):
        object.__setattr__(self, "amount", amount)
        object.__setattr__(self, "currency", currency)
    def __setattr__(self, name, value):
        raise AttributeError(f"Money is immutable (tried to set {name})")
    def __delattr__(self, name):
        raise AttributeError(f"Money is immutable (tried to delete {name})")
    def __eq__(self, o):
        return isinstance(o, Money) and (self.amount, self.currency) == (o.amount, o.currency)
    def __hash__(self):
        return hash((self.amount, self.currency))
    def __lt__(self, o):
        if self.currency != o.currency:
            raise ValueError(f"cannot compare {self.currency} with {o.currency}")
        return self.amount < o.amount
    def __add__(self, o):
        if self.currency != o.currency:
            raise ValueError(f"currency mismatch: {self.currency} + {o.currency}")
        return Money(self.amount + o.amount, self.currency)
    def __mul__(self, k):
        return Money(self.amount * k, self.currency)
    def replace(self, **kw):
        return Money(kw.get("amount", self.amount), kw.get("currency", self.currency))
    def __repr__(self):
        return f"Money({self.amount}, {self.currency!r})"
a, b = Money(500), Money(250)
print(a + b, a * 3, a == Money(500), a != b, sorted([a, b, Money(100)]), a.replace(currency="EUR"))
for action in (lambda: setattr(a, "amount", 1), lambda: delattr(a, "currency"), lambda: a + Money(1, "EUR"), lambda: a < Money(1, "JPY")):
    try:
        action()
    except (AttributeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
prices = {Money(100): "cheap", Money(100, "EUR"): "cheap euro"}
print(prices[Money(100)], prices[Money(100, "EUR")], len({Money(1), Money(1), Money(2)}))
total = Money(0)
for m in [Money(n) for n in range(1, 11)]:
    total = total + m
print(total, hasattr(total, "__dict__"))
