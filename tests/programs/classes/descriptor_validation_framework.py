# A small validation framework built on descriptors with __set_name__, inheritance of fields, and error aggregation.
class ValidationError(Exception):
    def __init__(self, errors):
        super().__init__("; ".join(errors))
        self.errors = errors
class Field:
    def __init__(self, kind, *, required=True, default=None, check=None):
        self.kind, self.required, self.default, self.check = kind, required, default, check
    def __set_name__(self, owner, name):
        self.name = name
        owner._fields = getattr(owner, "_fields", ()) + (name,)
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value
    def validate(self, value):
        if value is None:
            return [f"{self.name} is required"] if self.required else []
        if not isinstance(value, self.kind):
            return [f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}"]
        if self.check and not self.check(value):
            return [f"{self.name} failed check with {value!r}"]
        return []
class Model:
    def __init__(self, **kw):
        unknown = sorted(set(kw) - set(self._fields))
        if unknown:
            raise TypeError(f"unknown fields: {unknown}")
        for k, v in kw.items():
            setattr(self, k, v)
        errors = []
        for name in self._fields:
            errors += type(self).__dict__.get(name, None).validate(getattr(self, name)) if name in type(self).__dict__ else \
                next(c.__dict__[name] for c in type(self).__mro__ if name in c.__dict__).validate(getattr(self, name))
        if errors:
            raise ValidationError(errors)
    def __repr__(self):
        return f"{type(self).__name__}(" + ", ".join(f"{n}={getattr(self, n)!r}" for n in self._fields) + ")"
class User(Model):
    name = Field(str, check=lambda s: 0 < len(s) <= 10)
    age = Field(int, check=lambda a: 0 <= a < 150)
    email = Field(str, required=False)
class Admin(User):
    level = Field(int, default=1, check=lambda l: l in (1, 2, 3))
print(User._fields, Admin._fields)
for kwargs in [dict(name="ann", age=30), dict(name="", age=200), dict(age="x"), dict(name="bob", age=5, email=7),
               dict(name="root", age=40, level=9), dict(name="x", age=1, nick="y")]:
    for cls in (User, Admin):
        try:
            print(cls.__name__, cls(**kwargs))
        except ValidationError as e:
            print(cls.__name__, "ValidationError:", e.errors)
        except TypeError as e:
            print(cls.__name__, "TypeError:", e)
