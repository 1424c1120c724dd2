# More str methods: format_map, center with fill, partition edge cases, istitle, zfill signs, encoded lengths.
samples = ["Hello, World", "hello world", "HELLO", "Hello World", "hello World", "123", "  padded  ", "tab\tsep", "ÀÉÎÕÜ", "ﬃ"]
for s in samples:
    print(repr(s), s.istitle(), s.title(), s.swapcase(), s.upper(), len(s.upper()), s.lower().islower(), s.center(16, "~"))
print("a.b.c".partition("."), "a.b.c".rpartition("."), "abc".partition("x"), "abc".rpartition("x"), "".partition("a"))
print("-5".zfill(4), "+5".zfill(4), "5".zfill(-1), "abc".zfill(5), "--5".zfill(5))
print("{:*^21}".format(" centered "), "%-10s|" % "left", "%10s|" % "right")
print("Mississippi".replace("ss", "SS", 1), "Mississippi".count("ss"), "Mississippi".index("pp"), "Mississippi".split("s"))
print("one two  three".split(" "), "one two  three".split(), " a b ".split(" "), "a,b;c d".replace(";", ",").replace(" ", ",").split(","))
print(str.upper("x"), str.join("-", "abc"), str.__len__("four"), "abc".__mul__(2), "%s|%s" % ("a", "b"))
print("ß".upper(), "ß".casefold(), "ß".lower(), "İ".lower(), len("İ".lower()), "ǆ".title(), "ǆ".upper(), "ǆ".capitalize())
print(sorted(["éclair", "eclair", "Eclair", "zebra", "Zebra", "apple"]), sorted(["éclair", "eclair", "Eclair"], key=str.casefold))
print("x".join(["1", "2"]), "".join(reversed("stressed")), "abc"[::-1].upper(), "The End".lower().title())
