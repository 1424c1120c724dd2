data = [1, 5, 10, 15]
if (n := len(data)) > 3:
    print(n)
print([y for x in data if (y := x * 2) > 5])
while (chunk := data.pop()) > 5:
    print(chunk)
