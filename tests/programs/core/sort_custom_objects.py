# Sorting objects that define only __lt__, stability with reverse=True, keys raising, and in-place sort semantics.
class Card:
    RANKS = "23456789TJQKA"
    def __init__(self, text):
        self.rank, self.suit = text[0], text[1]
    def __lt__(self, other):
        return self.RANKS.index(self.rank) < self.RANKS.index(other.rank)
    def __repr__(self):
        return self.rank + self.suit
hand = [Card(t) for t in "KH 2C TD 2S AH KS 5D TC".split()]
print(sorted(hand), sorted(hand, reverse=True), max(hand), min(hand))
print(sorted(hand, key=lambda c: (c.suit, c)), sorted(hand, key=lambda c: c.suit, reverse=True))
data = [("a", 2), ("b", 1), ("c", 2), ("d", 1), ("e", 2)]
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, key=lambda p: p[1])[::-1])
lst = [5, 2, 8]
alias = lst
lst.sort()
print(alias, alias is lst)
def bad_key(v):
    if v == 8:
        raise ValueError("key failed on 8")
    return v
nums = [5, 8, 1]
try:
    nums.sort(key=bad_key)
except ValueError as e:
    print("ValueError:", e, nums)
class Mutating:
    def __init__(self, v, target):
        self.v, self.target = v, target
    def __lt__(self, other):
        self.target.append(0)
        return self.v < other.v
target = []
items = [Mutating(v, target) for v in (3, 1, 2)]
try:
    target = items
    items.sort()
    print("sorted without error", [m.v for m in items])
except ValueError as e:
    print("ValueError:", e)
print(sorted(range(20), key=lambda v: (v % 3, -v)), sorted("bAcD", key=str.lower), sorted([[2, 1], [1, 2], [1]]))
