# The _thread module on one thread: locks (acquire with blocking/timeout, release, context
# manager, CPython's argument errors), RLock ownership and depth, _local, stack_size,
# _set_sentinel, get_ident. (Starting threads is not supported by krait.)
import _thread
print(_thread.TIMEOUT_MAX, _thread.stack_size(), _thread._count(), type(_thread.allocate_lock()), _thread.LockType, _thread.RLock, _thread._local)
print(_thread.error is RuntimeError, type(_thread.get_ident()).__name__, _thread.get_ident() == _thread.get_ident(), _thread.get_native_id() > 0)
l = _thread.allocate_lock(); print(l.acquire(), l.acquire(False), l.acquire(timeout=0), l.acquire(True, 0.01), l.locked(), repr(l).split(" object")[0])
for a, k in [((False, 1), {}), ((True, -2), {}), ((), {'timeout': 1e20}), ((1, 2, 3), {}), ((), {'blocking': 2, 'timeout': 'x'}), ((), {"x": 1})]:
    try: l.acquire(*a, **k)
    except Exception as e: print(type(e).__name__, e)
l.release()
try: l.release()
except Exception as e: print(type(e).__name__, e)
with l:
    print("inside", l.locked())
print("after", l.locked(), l.acquire_lock(), l.locked_lock(), l.release_lock(), l.locked())
r = _thread.RLock(); print(r._is_owned(), r.acquire(), r.acquire(), r._recursion_count(), r._is_owned(), repr(r).split(" owner")[0]); r.release(); r.release()
try: r.release()
except Exception as e: print(type(e).__name__, e)
with r:
    with r:
        print("nested", r._recursion_count())
r.acquire(); st = r._release_save(); print(st[0], r._is_owned()); r._acquire_restore(st); print(r._recursion_count()); r.release()
class MyR(_thread.RLock): pass
print(MyR().acquire())
loc = _thread._local(); loc.x = 5; print(loc.x, type(loc).__name__, type(loc).__module__)
s = _thread._set_sentinel(); print(type(s).__name__, s.locked())
print(_thread._ExceptHookArgs.__match_args__ if hasattr(_thread._ExceptHookArgs, '__match_args__') else '')
print(_thread.stack_size(65536), _thread.stack_size(), _thread.stack_size(0))
try: _thread.stack_size(5)
except ValueError as e: print("ValueError", e)
