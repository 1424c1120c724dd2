# The errno module: the symbolic error numbers, and errorcode mapping numbers back to names
# (in CPython's order, with CPython's choice of name where two names share a number).
import errno

names = [n for n in dir(errno) if n.startswith("E")]
print(len(names), len(errno.errorcode))
for n in names:
    print(n, getattr(errno, n), errno.errorcode[getattr(errno, n)])
print(list(errno.errorcode.items())[:12])
print(errno.errorcode[errno.EAGAIN], errno.errorcode[errno.EDEADLK], errno.errorcode[errno.ENOTSUP])
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.EOPNOTSUPP == errno.ENOTSUP)
print(type(errno.errorcode).__name__, errno.__name__)
