# An uncaught UnicodeEncodeError from str.encode with a strict ASCII codec.
names = ["plain", "naïve"]
for n in names:
    print(n.encode("ascii"))
