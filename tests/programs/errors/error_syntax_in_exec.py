# A SyntaxError raised at run time by exec(): the traceback shows the <string> source and a caret.
snippets = ["x = 1", "y = x + 1", "z = (y *", "never = 0"]
ns = {}
for src in snippets:
    print("executing", repr(src))
    exec(src, ns)
