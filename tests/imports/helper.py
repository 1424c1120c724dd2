CONST = 7
def double(x):
    return 2 * x
print("helper loaded")
