# The time module: clocks (types and monotonicity only: their values vary), sleep, and the
# calendar functions on fixed timestamps (UTC).
import time

t0 = time.time()
n0 = time.time_ns()
print(type(t0).__name__, type(n0).__name__, t0 > 1.6e9, n0 > 1600000000 * 10 ** 9)
for name in ["perf_counter", "monotonic", "process_time", "thread_time"]:
    a = getattr(time, name)()
    b = getattr(time, name)()
    an = getattr(time, name + "_ns")()
    bn = getattr(time, name + "_ns")()
    print(name, type(a).__name__, type(an).__name__, b >= a, bn >= an)
p = time.perf_counter()
print(time.sleep(0.01), time.sleep(0), time.sleep(False))
print("slept", time.perf_counter() - p >= 0.009)

for secs in [0, 1, -1, 86399, 86400, 951782400, 1234567890, 1234567890.75, -1.5, 2 ** 31,
             4102444800, -2208988800, 1e10, True]:
    g = time.gmtime(secs)
    print(secs, g, len(g), g[0], g[-1], g.tm_yday, tuple(g))
    print("  asctime", time.asctime(g))
    print("  strftime", time.strftime("%Y-%m-%d %H:%M:%S %j %a %A %b %B %p %I %w %y %%", g))
g = time.gmtime(1234567890)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_isdst)
print(type(g).__name__, isinstance(g, tuple), g == tuple(g), g[2:5])
print(time.strftime("%D %T %F %e %C %G %V %u", g))
print(time.strftime("", g), time.strftime("plain text", g), time.strftime("%H%%%M", g))
print(time.strftime("%Y %m %d", (2020, 1, 2, 3, 4, 5, 6, 7, 0)))
print(time.strftime("%Y %m %d %j", (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime("%a", (2020, 1, 1, 0, 0, 0, -1, 1, 0)), time.strftime("%a", (2020, 1, 1, 0, 0, 0, 13, 1, 0)))
print(time.asctime((2020, 1, 1, 0, 0, 0, 0, 1, 0)), "|", time.asctime((1999, 12, 31, 23, 59, 59, 4, 365, 0)))
print(time.asctime((-50, 1, 1, 0, 0, 0, 0, 1, 0)), "|", time.asctime((12345, 6, 15, 1, 2, 3, 2, 100, 0)))
print(type(time.gmtime()).__name__, len(time.localtime()), type(time.mktime(time.localtime())).__name__)
print(type(time.ctime()).__name__, len(time.ctime()), len(time.asctime()), type(time.strftime("%Y")).__name__)
print(time.struct_time.n_fields >= 9, time.struct_time.n_sequence_fields)


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for f in [lambda: time.gmtime("a"), lambda: time.gmtime(float("nan")), lambda: time.gmtime(1e30),
          lambda: time.gmtime(1, 2), lambda: time.localtime(1, 2), lambda: time.ctime(1, 2),
          lambda: time.sleep(-1), lambda: time.sleep("a"), lambda: time.sleep(), lambda: time.sleep(1e30),
          lambda: time.time(1), lambda: time.perf_counter_ns(2), lambda: time.strftime(),
          lambda: time.strftime(1), lambda: time.strftime("%Y", (1, 2)),
          lambda: time.strftime("%Y", 5), lambda: time.strftime("a", 1, 2),
          lambda: time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0)),
          lambda: time.strftime("%Y", (2020, 1, 32, 0, 0, 0, 0, 1, 0)),
          lambda: time.strftime("%Y", (2020, 1, 1, 24, 0, 0, 0, 1, 0)),
          lambda: time.strftime("%Y", (2020, 1, 1, 0, 60, 0, 0, 1, 0)),
          lambda: time.strftime("%Y", (2020, 1, 1, 0, 0, 62, 0, 1, 0)),
          lambda: time.strftime("%Y", (2020, 1, 1, 0, 0, 0, -2, 1, 0)),
          lambda: time.strftime("%Y", (2020, 1, 1, 0, 0, 0, 0, 367, 0)),
          lambda: time.strftime("%Y", (2020, "a", 1, 0, 0, 0, 0, 1, 0)),
          lambda: time.strftime("%Y", (2 ** 40, 1, 1, 0, 0, 0, 0, 1, 0)),
          lambda: time.asctime(1, 2), lambda: time.asctime((1, 2)), lambda: time.mktime(),
          lambda: time.mktime(5), lambda: time.mktime((2 ** 31, 1, 1, 0, 0, 0, 0, 1, 0))]:
    attempt(f)
