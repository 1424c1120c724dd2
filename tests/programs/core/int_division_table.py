# A table of //, %, divmod, and true division for all sign combinations and zero, ints and floats mixed.
nums = [-7, -6, -1, 0, 1, 6, 7]
dens = [-3, -2, 2, 3]
for a in nums:
    print(f"{a:3}", " ".join(f"{a // b:3}{a % b:3}" for b in dens), " | ", " ".join(f"{a / b:7.3f}" for b in dens))
for a in (-7.5, -0.5, 0.0, 0.5, 7.5):
    print(a, [(a // b, a % b) for b in (-2, 2, -0.5, 0.5)])
print([divmod(x, 4) for x in range(-5, 6)])
print([(-x) // 4 == -(x // 4) for x in range(1, 9)])
print([round(x / 4) for x in range(-6, 7)], [int(x / 4) for x in range(-6, 7)])
