# A NameError raised inside eval(): the traceback includes a File "<string>" frame.
env = {"width": 3, "height": 4}
for expr in ["width * height", "width + depth"]:
    print(expr, "=", eval(expr, env))
