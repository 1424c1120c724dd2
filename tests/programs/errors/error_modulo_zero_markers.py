# ZeroDivisionError from % inside a comprehension condition.
values = [10, 20, 30]
divisors = [3, 7, 0]
print([v for v, d in zip(values, divisors) if d and v % d == 0])
print([v for v, d in zip(values, divisors) if v % d == 1])
