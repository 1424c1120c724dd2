# f-strings: expressions, conversions, nested specs, = debugging, quotes, braces.
name, width, prec, value = "krait", 10, 3, 3.14159265
items = [1, 2, 3]
d = {"k": "v", 1: "one"}
print(f"{name}", f"{name!r}", f"{name!a}", f"{name:>{width}}", f"{value:.{prec}f}", f"{value:{width}.{prec}}")
print(f"{items[1] + 10}", f"{d['k']}", f"{d[1]}", f"{len(items) * 2}", f"{'nested'}", f"{ {1: 2}[1] }")
print(f"{{literal}}", f"{{{name}}}", f"{name}{{", f"}}{name}")
print(f"{value=}", f"{value = }", f"{name=!s}", f"{value=:.2f}", f"{items[0]+1=}", f"{name=:>8}")
x = 10
print(f"{x if x > 5 else -x}", f"{(lambda y: y * 2)(x)}", f"{[i * i for i in range(4)]}", f"{x:#06x}")
print(f"{'a' 'b'}", f"{x!r:>5}", f"{3.0:g}", f"{-0.0:+}", f"{1e100:.3}", f"{12345:_}")
print(f"""multi
line {x}""", f'single {x}', F"upper {x}", rf"\raw {x}\n", fr"{x}\t")
class W:
    def __format__(self, spec):
        return f"W[{spec}]"
print(f"{W()}", f"{W():abc}", f"{W():{width}}", format(W(), "zz"))
def count():
    count.n += 1
    return count.n
count.n = 0
print(f"{count()} {count()} {count()}")
print(f"{'=' * 20}")
print(f"{x:{'>' if x else '<'}{width}}|")
