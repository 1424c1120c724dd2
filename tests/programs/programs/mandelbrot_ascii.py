# ASCII Mandelbrot and Julia sets with float arithmetic and complex numbers; iteration count statistics.
W, H, MAXIT = 60, 24, 60
chars = " .:-=+*#%@"
def mandel(c):
    z = 0j
    for i in range(MAXIT):
        z = z * z + c
        if abs(z) > 2:
            return i
    return MAXIT
total = 0
for row in range(H):
    y = 1.2 - row * 2.4 / (H - 1)
    line = []
    for col in range(W):
        x = -2.1 + col * 3.0 / (W - 1)
        n = mandel(complex(x, y))
        total += n
        line.append(chars[min(n * len(chars) // (MAXIT + 1), len(chars) - 1)])
    print("".join(line))
print("total iterations", total)
def julia(z, c):
    for i in range(40):
        zr, zi = z
        zr, zi = zr * zr - zi * zi + c[0], 2 * zr * zi + c[1]
        z = (zr, zi)
        if zr * zr + zi * zi > 4.0:
            return i
    return 40
hist = [0] * 41
for row in range(20):
    for col in range(50):
        hist[julia((-1.5 + col * 0.06, -1.0 + row * 0.1), (-0.8, 0.156))] += 1
print(hist)
print(mandel(-0.75 + 0.1j), mandel(0.25 + 0j), mandel(-2 + 0j), mandel(0.3 + 0.5j), abs(complex(3, 4)))
