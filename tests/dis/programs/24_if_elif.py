def sign(n):
    if n > 0:
        return 1
    elif n < 0:
        return -1
    else:
        return 0
for n in (-5, 0, 5):
    if sign(n):
        print(n)
