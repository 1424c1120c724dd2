# An exception raised by a key function inside sorted(), through a lambda.
people = [{"name": "ann", "age": 31}, {"name": "bob"}, {"name": "cy", "age": 25}]
print([p["name"] for p in people])
print(sorted(people, key=lambda p: p["age"]))
