# An exception raised inside a generator, surfacing through a for loop.
def numbers():
    for i in range(5):
        if i == 3:
            raise IndexError(f"generator failed at {i}")
        yield i * 10
for n in numbers():
    print("got", n)
