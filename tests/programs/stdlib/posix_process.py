# The posix module's process and environment functions: types and relations only (ids, names
# and sizes vary from machine to machine), the W* status helpers, environ, putenv/unsetenv,
# urandom, strerror, pipes and descriptor flags.
import posix

for name in ["getpid", "getppid", "getuid", "geteuid", "getgid", "getegid", "getpgrp"]:
    v = getattr(posix, name)()
    print(name, type(v).__name__, v >= 0)
u = posix.uname()
print(type(u).__name__, type(u).__module__, len(u), u.sysname == u[0], u.machine == u[4])
print(posix.uname_result._fields if hasattr(posix.uname_result, "_fields") else posix.uname_result.__match_args__)
t = posix.times()
print(type(t).__name__, len(t), all(type(x) is float for x in t), t.user == t[0], t.elapsed >= 0)
n = posix.cpu_count()
print(type(n).__name__, n >= 1)
print(posix.urandom(0), len(posix.urandom(16)), type(posix.urandom(3)).__name__)
try:
    posix.urandom(-1)
except ValueError as e:
    print("ValueError", e)

# Error messages of the C library.
for code in [1, 2, 13, 17, 20, 21, 22, 39]:
    print(code, posix.strerror(code))

# Wait statuses.
for status in [0, 256, 512 + 0, 9, 0x137f, 0xffff]:
    print(status, posix.WIFEXITED(status), posix.WEXITSTATUS(status), posix.WIFSIGNALED(status),
          posix.WTERMSIG(status), posix.WIFSTOPPED(status), posix.WSTOPSIG(status),
          posix.WIFCONTINUED(status), posix.WCOREDUMP(status))
print(posix.waitstatus_to_exitcode(256), posix.waitstatus_to_exitcode(9), posix.WIFEXITED(status=0))
try:
    posix.waitstatus_to_exitcode(0x137f)
except ValueError as e:
    print("ValueError", e)
print(posix.WNOHANG, posix.WUNTRACED, posix.EX_OK, posix.EX_USAGE, posix.EX_CONFIG)
print(posix.F_OK, posix.R_OK, posix.W_OK, posix.X_OK)
print(posix.O_RDONLY, posix.O_WRONLY, posix.O_RDWR, posix.O_CREAT, posix.O_EXCL, posix.O_TRUNC,
      posix.O_APPEND, posix.O_NONBLOCK, posix.O_CLOEXEC, posix.O_DIRECTORY, posix.O_NOFOLLOW)

# The environment: bytes keys and values.
env = posix.environ
print(type(env).__name__, all(type(k) is bytes and type(v) is bytes for k, v in env.items()))
print(b"PATH" in env, env.get(b"PYTHONHASHSEED"))
posix.putenv("KRAIT_POSIX_TEST", "value")
posix.putenv(b"KRAIT_POSIX_TEST2", b"v2")
posix.unsetenv("KRAIT_POSIX_TEST")
for args in [("a=b", "c"), ("x\0y", "c"), (1, "c")]:
    try:
        posix.putenv(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for name in ["a=b", ""]:
    try:
        posix.unsetenv(name)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)

# Pipes, dup and descriptor flags.
r, w = posix.pipe()
print(posix.write(w, b"abc"), posix.read(r, 10))
print(posix.get_inheritable(r), posix.get_inheritable(w), posix.get_blocking(r))
posix.set_inheritable(r, True)
posix.set_blocking(r, False)
print(posix.get_inheritable(r), posix.get_blocking(r))
try:
    posix.read(r, 10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno == 11, e.strerror)
posix.set_blocking(r, True)
d = posix.dup(r)
print(d > w, posix.get_inheritable(d))
d2 = posix.dup2(r, d)
print(d2 == d, posix.get_inheritable(d))
print(posix.dup2(r, d, inheritable=False) == d, posix.get_inheritable(d))
posix.close(d)
posix.write(w, b"xyz")
posix.close(w)
print(posix.read(r, 2), posix.read(r, 10), posix.read(r, 10))
posix.close(r)
print(posix.isatty(r), posix.device_encoding(r))
for name, a in [("get_inheritable", [r]), ("dup", [r]), ("fstat", [r]), ("lseek", [r, 0, 0]),
                ("kill", [2 ** 22 + 12345, 0]), ("get_terminal_size", [r])]:
    try:
        getattr(posix, name)(*a)
    except OSError as e:
        print(name, type(e).__name__, e)

# register_at_fork checks its callables (krait cannot fork, so they are never called).
posix.register_at_fork(before=print, after_in_child=print, after_in_parent=print)
for args, kwargs in [((), {}), ((), {"before": 1}), ((print,), {}), ((), {"after_in_child": None})]:
    try:
        posix.register_at_fork(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)
ts = posix.terminal_size((80, 24))
print(ts, ts.columns, ts.lines, type(ts).__module__)
print(posix.fspath("a"), posix.fspath(b"b"), posix.fspath(path="c"))


class P:
    def __init__(self, v):
        self.v = v

    def __fspath__(self):
        return self.v


print(posix.fspath(P("x")), posix.fspath(P(b"y")))
for v in [3, P(3), None]:
    try:
        posix.fspath(v)
    except TypeError as e:
        print("TypeError", e)
print(posix.error is OSError, "HAVE_FSTATAT" in posix._have_functions)
