# printf-style formatting of bytes and bytearray: %s/%b with bytes-like arguments, %r/%a as ascii(), %c, numbers, keys, errors.
print(b"%d-%s" % (1, b"x"), b"%05.1f" % 2.25, b"%(k)s" % {b"k": b"v"}, b"%r %a" % ("é", b"x"), b"%c%c" % (65, b"B"))
print(b"%-5s|%5b|%.2s" % (b"ab", bytearray(b"cd"), memoryview(b"xyz")), b"%x %o %#X %+d %i" % (255, 8, 255, 3, 4), bytearray(b"%s") % b"q")
print(b"100%%" % (), b"%s" % b"only")
for bad in [lambda: b"%s" % "str", lambda: b"%c" % 256, lambda: b"%c" % "a", lambda: b"%d %d" % 1, lambda: b"%s" % (1, 2), lambda: b"%y" % 1, lambda: b"%s" % 5]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
