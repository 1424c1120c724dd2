# The _signal module, minimal: signal numbers, SIG_DFL/SIG_IGN, getsignal/signal for those
# dispositions (and default_int_handler on SIGINT), default_int_handler itself, strsignal,
# valid_signals and the argument errors.
import _signal

for name in ["SIGHUP", "SIGINT", "SIGQUIT", "SIGKILL", "SIGPIPE", "SIGALRM", "SIGTERM",
             "SIGUSR1", "SIGUSR2", "SIGCHLD", "SIGWINCH"]:
    print(name, getattr(_signal, name))
print(_signal.NSIG, _signal.SIG_DFL, _signal.SIG_IGN)
print(_signal.getsignal(_signal.SIGINT) is _signal.default_int_handler)
print(_signal.getsignal(_signal.SIGPIPE), _signal.getsignal(_signal.SIGTERM))
print(_signal.signal(_signal.SIGTERM, _signal.SIG_IGN), _signal.getsignal(_signal.SIGTERM))
print(_signal.signal(_signal.SIGTERM, _signal.SIG_DFL), _signal.getsignal(_signal.SIGTERM))
old = _signal.signal(_signal.SIGINT, _signal.SIG_DFL)
print(old is _signal.default_int_handler, _signal.getsignal(_signal.SIGINT))
print(_signal.signal(_signal.SIGINT, _signal.default_int_handler))
print(_signal.getsignal(_signal.SIGINT) is _signal.default_int_handler)
try:
    _signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
for a in [(99, 0), (0, 0), (2, 5), (2, "x"), (9, 0)]:
    try:
        _signal.signal(*a)
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
for a in [99, -1]:
    try:
        _signal.getsignal(a)
    except ValueError as e:
        print("ValueError", e)
print(_signal.strsignal(_signal.SIGINT), _signal.strsignal(_signal.SIGTERM))
v = _signal.valid_signals()
print(type(v).__name__, 2 in v, 9 in v, 0 in v, max(v) < _signal.NSIG)
print(_signal.alarm(0))
