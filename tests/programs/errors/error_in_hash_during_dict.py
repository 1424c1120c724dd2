# An exception raised by __hash__ while inserting into a dict.
class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        if self.k is None:
            raise ValueError("cannot hash an empty key")
        return hash(self.k)
table = {}
for k in ["a", "b", None]:
    table[Key(k)] = k
    print("stored", k)
