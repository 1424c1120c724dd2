words = ["a", "bb", "cc"]
print({len(w) for w in words})
print({w: len(w) for w in words if w})
print({k: v for k, v in zip("ab", range(2))})
