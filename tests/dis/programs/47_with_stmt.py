class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False
with CM() as a, CM() as b:
    print(a is not b)
with CM():
    pass
with (CM() as x, CM()):
    print(x)
