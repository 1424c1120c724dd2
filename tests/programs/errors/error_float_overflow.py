# OverflowError from float exponentiation, with its errno-style message and markers.
x = 10.0
for e in (100, 200, 300, 400):
    print(e, x ** e)
