# NameError with a "Did you mean" suggestion for a misspelled local.
def compute():
    counter = 0
    for i in range(3):
        counter += i
    return countr
print(compute())
