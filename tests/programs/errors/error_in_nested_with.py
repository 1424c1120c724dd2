# An exception raised inside nested with-blocks propagates after every __exit__ has run.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("acquire", self.name)
        return self
    def __exit__(self, *exc):
        print("release", self.name, exc[0].__name__ if exc[0] else None)
with Resource("db") as db, Resource("file") as f:
    with Resource("lock"):
        print("working with", db.name, f.name)
        raise PermissionError("access denied to " + f.name)
