d = {1: 10, 2: 20, 3: 30}
print(d.keys() - {1}, d.keys() & [2, 9], d.keys() | {7}, d.keys() ^ {1, 8}, {1, 5} - d.keys(), d.items() - {(1, 10)})
print(d.keys() == {1, 2, 3}, d.keys() != {1}, d.keys() <= {1, 2, 3, 4}, d.keys() < {1, 2, 3}, {1: 2}.items() == {(1, 2)}, {1: 2}.values() == {1: 2}.values())
print(d.keys().isdisjoint({9}), d.items().isdisjoint([(1, 10)]), type(d.keys() - set()).__name__)
try:
    d.keys() - 5
except TypeError as e:
    print(e)
try:
    d.values() - {1}
except TypeError as e:
    print(e)
