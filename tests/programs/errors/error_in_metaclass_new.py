# An exception raised by a metaclass while a class statement executes.
class Strict(type):
    def __new__(mcls, name, bases, ns):
        for key in ns:
            if not key.startswith("_") and not key.islower():
                raise TypeError(f"{name}.{key}: attribute names must be lowercase")
        return super().__new__(mcls, name, bases, ns)
class Good(metaclass=Strict):
    value = 1
print("Good defined", Good.value)
class Bad(metaclass=Strict):
    Value = 2
