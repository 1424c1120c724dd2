# The ~~~^^^ markers under a failing binary operation inside a larger expression.
a = 10
b = 0
values = [1, 2, 3]
print("sum", sum(values))
result = values[0] + a / b + values[1]
