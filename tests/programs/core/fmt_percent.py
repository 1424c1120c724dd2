# printf-style % formatting for str.
print("%d %i %u" % (42, -7, 3), "%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#X %#o %08.3x" % (255, 255, 8, 255, 255, 8, 10))
print("%f %.2f %10.3f %-10.1f| %e %.3E %g %G %g %g" % (3.14159, 2.675, -1.5, 2.25, 12345.678, 0.000123, 1e-5, 1e20, 100000.0, 1000000.0))
print("%s %r %a" % ("hé", "hé", "hé"), "%c%c" % (65, "z"), "%%", "%5s|%-5s|%.2s" % ("ab", "ab", "abcdef"))
print("%(name)s is %(age)d years, %(name)r" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%s" % (1,), "%s" % [1, 2], "%s %s" % ("a", (1, 2)), "%d" % 3.9, "%d" % True, "%.0f" % 0.5, "%.0f" % 1.5)
print("%#.0f %#g %g %.3g %.10g" % (1.0, 1.0, 0.0001, 1234.5, 1 / 3))
print("%f %f %e" % (float("inf"), float("nan"), float("-inf")), "%5.1f%%" % 99.44)
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(a)s", 1), ("%c", 1234567), ("%c", "ab")]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(type(e).__name__ + ":", e)
print("%x" % 2**70, "%d" % -2**70, "%o" % -8, "%X" % -255, "%+.3e" % 0.0, "% .2f" % -0.0)
print(b"%s %d %x %c %b" % (b"bytes", 5, 255, 65, b"xy"), b"%5s|%-5s" % (b"a", b"b"), b"%r" % "s")
