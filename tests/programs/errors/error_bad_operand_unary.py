# TypeError for a unary operator on an unsupported type, inside an expression.
values = [3, -4, "5"]
negated = []
for v in values:
    negated.append(-v * 2)
    print(negated)
