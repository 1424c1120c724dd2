# divmod/pow/round on every numeric type combination, including negative zero and large values.
for a in (7, -7, 7.5, -7.5, 2**65, -(2**65)):
    for b in (2, -2, 2.5, -2.5, 3):
        print(a, b, divmod(a, b))
for args in [(2, 10), (2, -10), (-2, 10), (-2, 11), (2.0, 10), (0, 0), (0.0, 0), (10, 2, 7), (123456789, 987654321, 10**9 + 7),
             (2, 2**100, 97), (-5, 3, 7), (5, -1, 7), (1.5, 2), (-1.5, 2), (4, 0.5), (-4, 0.5)]:
    try:
        print(args, pow(*args))
    except (ValueError, ZeroDivisionError) as e:
        print(args, type(e).__name__, e)
for x in (0.5, 1.5, -0.5, -1.5, 2.675, 1e300, 12345.6789, -0.0, 5, 15, 25, -25, 10**20 + 5):
    print(x, round(x), round(x, 1), round(x, -1), type(round(x, 1)).__name__)
