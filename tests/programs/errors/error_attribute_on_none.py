# The common 'NoneType' object has no attribute error after a function returned None.
def find(items, target):
    for i in items:
        if i["id"] == target:
            return i
record = find([{"id": 1, "name": "a"}], 1)
print(record["name"])
missing = find([{"id": 1, "name": "a"}], 2)
print(missing.get("name"))
