def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class P:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self._b = 2
    def method(self): pass
class Q(P):
    def other(self): pass
q = Q()
print(vars(q), vars(q) is q.__dict__)
print([n for n in dir(q) if not n.startswith('__')])
print([n for n in dir(Q) if not n.startswith('__')])
print('__init__' in dir(q), '__module__' in dir(Q), '__dict__' in vars(Q))
t(lambda: vars(5))
t(lambda: vars(1, 2))
def f(x, y=2):
    z = x + y
    print(sorted(vars().items()), dir())
    def g():
        return z
    return g
f(1)
class Custom:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid']
print(dir(Custom()))
print(sorted(k for k in vars() if not k.startswith('__')))
import sys
print('argv' in dir(sys), 'version' in vars(sys))
