def f(items):
    out = []
    for i in items:
        for j in range(i):
            if j == 2:
                break
            out.append(j)
        else:
            continue
    else:
        out.append(-1)
    return out
print(f([1, 2, 3, 4]))
