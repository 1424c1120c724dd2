# Catching BaseException subclasses that are not Exceptions: KeyboardInterrupt, SystemExit, GeneratorExit.
import sys
for exc in (KeyboardInterrupt(), SystemExit(2), SystemExit("msg"), GeneratorExit(), ValueError("normal")):
    try:
        try:
            raise exc
        except Exception as e:
            print("caught as Exception:", type(e).__name__)
    except BaseException as e:
        print("caught as BaseException:", type(e).__name__, e.args, getattr(e, "code", "-"))
def exit_inside_try():
    try:
        sys.exit(5)
    except SystemExit as e:
        print("intercepted SystemExit", e.code)
        return "continued after sys.exit"
    finally:
        print("finally runs")
print(exit_inside_try())
try:
    try:
        raise KeyboardInterrupt
    finally:
        print("finally during KeyboardInterrupt")
except KeyboardInterrupt:
    print("KeyboardInterrupt handled")
def gen():
    try:
        yield 1
    except BaseException as e:
        print("generator saw", type(e).__name__)
        raise
g = gen()
next(g)
g.close()
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException), issubclass(GeneratorExit, Exception))
print(isinstance(SystemExit(), Exception), SystemExit.__mro__)
