def f(): return "a:" + __name__
