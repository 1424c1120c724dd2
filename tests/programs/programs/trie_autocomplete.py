# A trie with insert/search/prefix listing/delete and frequency-ranked autocomplete.
class Trie:
    def __init__(self):
        self.root = {}
        self.size = 0
    def insert(self, word, freq=1):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        if "$" not in node:
            self.size += 1
        node["$"] = node.get("$", 0) + freq
    def find(self, prefix):
        node = self.root
        for ch in prefix:
            if ch not in node:
                return None
            node = node[ch]
        return node
    def __contains__(self, word):
        node = self.find(word)
        return node is not None and "$" in node
    def words(self, prefix=""):
        node = self.find(prefix)
        out = []
        def walk(n, acc):
            for k in sorted(n):
                if k == "$":
                    out.append((acc, n[k]))
                else:
                    walk(n[k], acc + k)
        if node is not None:
            walk(node, prefix)
        return out
    def complete(self, prefix, k=3):
        return [w for w, f in sorted(self.words(prefix), key=lambda wf: (-wf[1], wf[0]))[:k]]
    def delete(self, word):
        path = [self.root]
        for ch in word:
            if ch not in path[-1]:
                return False
            path.append(path[-1][ch])
        if "$" not in path[-1]:
            return False
        del path[-1]["$"]
        self.size -= 1
        for i in range(len(word) - 1, -1, -1):
            if path[i + 1]:
                break
            del path[i][word[i]]
        return True
    def count_nodes(self):
        def c(n):
            return sum(1 + c(v) for k, v in n.items() if k != "$")
        return c(self.root)
t = Trie()
text = "to tea ted ten inn in a tea to tea tent tend tender ten ten apple app apply application apt"
for w in text.split():
    t.insert(w)
print(t.size, t.count_nodes(), t.words("te"), t.words("ap"), t.words("z"))
print(t.complete("t"), t.complete("te", 5), t.complete("app"), t.complete(""), t.complete("x"))
print("tea" in t, "te" in t, "tender" in t, "tenders" in t)
print(t.delete("ten"), t.delete("ten"), t.delete("nope"), t.delete("tender"), t.words("ten"), t.size, t.count_nodes())
