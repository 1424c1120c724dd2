x = list(range(10))
print(x[0], x[-1], x[2:5], x[::2], x[1:8:3], x[:])
x[0] = 99
x[1:3] = [7, 8]
del x[4]
del x[5:7]
m = {}
m[1, 2] = "tuple key"
print(x, m[1, 2])
