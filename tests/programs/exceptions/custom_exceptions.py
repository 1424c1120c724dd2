# Custom exception classes: extra attributes, __str__ overrides, hierarchies, args handling.
class AppError(Exception):
    """Base for the app."""
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem
class NotFound(AppError):
    def __init__(self, key):
        self.key = key
    def __str__(self):
        return f"no such key {self.key!r}"
class Weird(Exception):
    def __repr__(self):
        return "Weird!"
def validate(record):
    if "name" not in record:
        raise ValidationError("name", "missing")
    if not isinstance(record.get("age"), int):
        raise ValidationError("age", f"expected int, got {type(record.get('age')).__name__}")
    if record["age"] < 0:
        raise AppError("negative age", record["age"])
    return "ok"
for r in [{"name": "a", "age": 3}, {}, {"name": "b", "age": "x"}, {"name": "c", "age": -1}]:
    try:
        print(validate(r))
    except ValidationError as e:
        print("ValidationError", e.field, e.problem, str(e), e.args)
    except AppError as e:
        print("AppError", e, e.args)
try:
    raise NotFound("k1")
except AppError as e:
    print(str(e), repr(e), e.args, e.key)
print(repr(Weird("x")), str(Weird("x")), Weird.__doc__, AppError.__doc__)
class WithNoInit(Exception):
    pass
e = WithNoInit(1, 2, 3)
print(e, repr(e), e.args)
class KwOnly(Exception):
    def __init__(self, *, code):
        super().__init__(code)
        self.code = code
try:
    raise KwOnly(code=404)
except KwOnly as e:
    print(e.code, e.args, e)
class MultiBase(KeyError, AttributeError):
    pass
try:
    raise MultiBase("both")
except AttributeError as e:
    print("caught as AttributeError:", repr(e), isinstance(e, KeyError))
try:
    raise ValidationError
except TypeError as e:
    print("TypeError:", e)
class StrFails(Exception):
    def __str__(self):
        raise RuntimeError("str broke")
try:
    str(StrFails())
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    raise object
except TypeError as e:
    print("TypeError:", e)
