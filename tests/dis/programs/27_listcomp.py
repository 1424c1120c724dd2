data = [1, 2, 3, 4, 5, 6]
print([x * 2 for x in data if x % 2])
print([(x, y) for x in range(3) for y in range(x) if y])
print([[c for c in row] for row in ["ab", "cd"]])
