def f(,):
    pass
