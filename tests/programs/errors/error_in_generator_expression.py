# An exception raised while consuming a generator expression in sum().
data = ["1", "2", "three", "4"]
print("summing")
total = sum(int(x) for x in data)
