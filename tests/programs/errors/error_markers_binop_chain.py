# Markers for a failing operator in a chain: only the failing binary operation is underlined.
a, b, c, d = 1, 2, "3", 4
print(a + b)
total = a + b * d - c + d
