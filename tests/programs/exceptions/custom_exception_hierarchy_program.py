# An HTTP-like error hierarchy with status codes, mapped from exceptions by walking the MRO.
class HTTPError(Exception):
    status = 500
    def __init__(self, detail=""):
        super().__init__(detail)
        self.detail = detail
    def __str__(self):
        return f"{self.status} {type(self).__name__}" + (f": {self.detail}" if self.detail else "")
class ClientError(HTTPError):
    status = 400
class NotFound(ClientError):
    status = 404
class Forbidden(ClientError):
    status = 403
class Conflict(ClientError):
    status = 409
class ServerError(HTTPError):
    pass
class Unavailable(ServerError):
    status = 503
ROUTES = {"/": "home", "/admin": Forbidden("admins only"), "/old": NotFound(), "/save": Conflict("version mismatch"),
          "/crash": ZeroDivisionError("bug"), "/busy": Unavailable("try later"), "/key": KeyError("missing")}
def handle(path):
    try:
        r = ROUTES.get(path, NotFound(path))
        if isinstance(r, BaseException):
            raise r
        return 200, r
    except HTTPError as e:
        return e.status, str(e)
    except LookupError as e:
        return 404, f"lookup failed: {e!r}"
    except Exception as e:
        wrapped = ServerError(f"unhandled {type(e).__name__}")
        wrapped.__cause__ = e
        return wrapped.status, f"{wrapped} (cause: {wrapped.__cause__!r})"
for p in ["/", "/admin", "/old", "/save", "/crash", "/busy", "/key", "/nope"]:
    print(p, *handle(p))
print([c.__name__ for c in NotFound.__mro__], [cls.status for cls in (HTTPError, ClientError, NotFound, Forbidden, ServerError, Unavailable)])
by_family = {}
for cls in (NotFound, Forbidden, Conflict, Unavailable):
    family = next(b for b in cls.__mro__ if b in (ClientError, ServerError))
    by_family.setdefault(family.__name__, []).append(cls.__name__)
print(by_family)
