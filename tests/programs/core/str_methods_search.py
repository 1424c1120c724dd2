# find/rfind/index/rindex/count/startswith/endswith with start/end.
s = "the quick brown fox jumps over the lazy dog; the end"
for sub in ("the", "o", "", "dog", "cat", "e", " "):
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 10), s.rfind(sub, 0, 20),
          s.count(sub, 5, 30), s.find(sub, -10), s.find(sub, 100))
print(s.index("quick"), s.rindex("the"), s.startswith("the"), s.startswith(("a", "th")),
      s.endswith("end"), s.endswith(("x", "nd"), 0, 52), s.startswith("quick", 4), s.endswith("the", 0, 34))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("cat")
except ValueError as e:
    print("ValueError:", e)
try:
    s.startswith(["the"])
except TypeError as e:
    print("TypeError:", e)
print("aaaa".count("aa"), "".count(""), "abc".count(""), "abc".find("", 3), "abc".find("", 4))
print("a" in "abc", "" in "", "bc" in "abc", "cb" in "abc")
print("hello".removeprefix("he"), "hello".removesuffix("lo"), "hello".removeprefix("x"), "hello".removesuffix(""))
