# str case methods and predicates, including non-ASCII.
words = ["hello", "Hello World", "HELLO", "hELLO wORLD", "ß", "straße", "ǅungla", "İstanbul",
         "123abc", "a1b2", "", "   ", "ﬁre", "σας ΣΑΣ", "o'neil mc-donald", "MiXeD 42 cases"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.capitalize()), repr(w.title()),
          repr(w.swapcase()), repr(w.casefold()))
for w in words + ["Title Case", "abc", "ABC", "٣", "½", "x²", "\t\n", "_id", "1a", "class"]:
    print(repr(w), w.isalpha(), w.isdigit(), w.isdecimal(), w.isnumeric(), w.isalnum(),
          w.isspace(), w.islower(), w.isupper(), w.istitle(), w.isidentifier(), w.isprintable(),
          w.isascii())
