# exec/eval/compile with globals and locals, all three modes.
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("x + y", {"x": 1}, {"y": 2}))
g = {}
exec("a = 5\nb = a * 2\ndef f(n):\n    return n + b", g)
print(g["a"], g["b"], g["f"](1), sorted(k for k in g if k != "__builtins__"), "__builtins__" in g)
loc = {}
exec("z = 10\nw = z + 1", {}, loc)
print(loc)
code = compile("3 ** 4", "<expr>", "eval")
print(type(code).__name__, eval(code), code.co_filename, code.co_name)
mod = compile("for i in range(3):\n    print('loop', i)", "<exec>", "exec")
exec(mod)
single = compile("print('single mode')", "<single>", "single")
exec(single)
shared = {"count": 0}
for _ in range(3):
    exec("count += 1", shared)
print(shared["count"])
def outer():
    local_var = "local"
    return eval("local_var.upper()")
print(outer())
def tries_assign():
    x = 1
    exec("x = 2")
    return x
print(tries_assign())
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset, e.text)
try:
    exec("def f(:\n  pass")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.filename)
try:
    compile("x", "<f>", "bogus")
except ValueError as e:
    print("ValueError:", e)
try:
    eval("import os")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print(eval("[i * i for i in range(n)]", {"n": 5}))
print(eval("len", {"__builtins__": {"len": "fake"}}))
try:
    eval("len('x')", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
print(eval(b"1 + 1"), eval("  42  "), eval("\n7\n".strip()))
ns = {}
exec("class K:\n    v = 3\nk = K()", ns)
print(ns["k"].v, type(ns["k"]).__name__, ns["K"].__module__ if "__name__" in ns else "no __name__ in ns", ns["K"].__module__)
