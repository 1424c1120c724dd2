# ExceptionGroup / BaseExceptionGroup, except*, split/subgroup, nesting, add_note.
eg = ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(eg, repr(eg), eg.message, eg.exceptions, len(eg.exceptions))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
try:
    raise eg
except* ValueError as g:
    print("caught values", repr(g))
except* TypeError as g:
    print("caught types", repr(g))
try:
    try:
        raise ExceptionGroup("mixed", [ValueError(1), KeyError(2), OSError(3)])
    except* ValueError:
        print("handled ValueError part")
    except* OSError as g:
        print("handled OSError part", g.exceptions)
except ExceptionGroup as leftover:
    print("leftover", repr(leftover))
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked exception wrapped:", repr(g))
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
m, r = nested.split(ValueError)
print(repr(m))
print(repr(r))
print(repr(nested.subgroup(lambda e: isinstance(e, TypeError) or isinstance(e, ExceptionGroup))))
try:
    try:
        raise ExceptionGroup("g", [ValueError("x")])
    except* ValueError:
        raise KeyError("raised in except*")
except (ExceptionGroup, KeyError) as e:
    print("escaped", type(e).__name__, repr(e), repr(e.__context__))
e = ValueError("with notes")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as te:
    print("TypeError:", te)
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "+", excs)
mg = MyGroup("mine", [ValueError(1), TypeError(2)])
print(repr(mg.split(ValueError)[0]), type(mg.subgroup(TypeError)).__name__)
