# Markers when the failing part is a call result being subscripted.
def lookup():
    return {"x": [10, 20]}
print(lookup()["x"][1])
print(lookup()["y"][0])
