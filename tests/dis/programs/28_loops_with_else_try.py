def search(items, target):
    for idx, item in enumerate(items):
        try:
            if item == target:
                return idx
        except TypeError:
            continue
    else:
        return -1
print(search([1, 2, 3], 2), search([], 1))
