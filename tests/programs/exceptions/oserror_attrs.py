# OSError: construction picks the subclass its errno names, keeps errno/strerror/filename/
# filename2 (and trims args to the first two), str() in CPython's "[Errno N] msg: 'file'" form,
# BlockingIOError's characters_written, subclasses that take their arguments in __init__, and
# the IOError/EnvironmentError aliases.
import errno

for code in [errno.EPERM, errno.ENOENT, errno.ESRCH, errno.EINTR, errno.ECHILD, errno.EAGAIN,
             errno.EACCES, errno.EEXIST, errno.ENOTDIR, errno.EISDIR, errno.EPIPE,
             errno.ETIMEDOUT, errno.ECONNREFUSED, errno.ECONNRESET, errno.ECONNABORTED,
             errno.EALREADY, errno.EINPROGRESS, errno.ESHUTDOWN, errno.EINVAL, errno.EIO, 0, -1]:
    e = OSError(code, "message")
    print(code, type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, e.args, str(e))

for args in [(), ("just a message",), (2,), (2, "No such file"), (2, "No such file", "a.txt"),
             (2, "No such file", "a.txt", None), (2, "No such file", "a.txt", None, "b.txt"),
             (18, "Cross-device link", b"a", None, b"b"), (2, "x", None, None, "b"),
             (None, "x", "f"), ("e", "s", 3), (1, 2, 3, 4, 5, 6), (2, None)]:
    e = OSError(*args)
    print(type(e).__name__, e.args, repr(str(e)), e.errno, e.strerror, e.filename, e.filename2)
    print("  ", repr(e))

print(FileNotFoundError(2, "x", "f").args, type(FileNotFoundError(13, "x")).__name__)
print(type(PermissionError(2, "x")).__name__, type(OSError(2, "x")).__name__)
e = BlockingIOError(11, "busy", 5)
print(e.characters_written, e.args, e, e.filename)
e = BlockingIOError(11, "busy", "file")
print(e.filename, e.args, e)
try:
    OSError(1, x=2)
except TypeError as t:
    print("TypeError", t)
try:
    FileNotFoundError(x=2)
except TypeError as t:
    print("TypeError", t)


class MyError(OSError):
    def __init__(self, what):
        super().__init__(errno.ENOENT, what)


e = MyError("gone")
print(type(e).__name__, e.args, e.errno, e.strerror, e)


class Plain(OSError):
    pass


e = Plain(errno.ENOENT, "x", "y")
print(type(e).__name__, e.args, e.errno, e.filename, e)
e = OSError(5, "I/O")
e.errno = 7
e.strerror = "changed"
e.filename = "f"
print(e, e.args)
print(IOError is OSError, EnvironmentError is OSError, IOError.__name__)
print(issubclass(BrokenPipeError, ConnectionError), issubclass(FileNotFoundError, OSError))
try:
    raise FileNotFoundError(errno.ENOENT, "No such file or directory", "missing.txt")
except OSError as err:
    print(type(err).__name__, err.errno, err.strerror, err.filename, err)
try:
    raise OSError(errno.EEXIST, "File exists", "a", None, "b")
except FileExistsError as err:
    print("caught as FileExistsError:", err)
