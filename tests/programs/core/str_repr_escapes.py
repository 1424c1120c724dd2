# repr() of strings: quote choice, escapes, non-printable, surrogates.
tests = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "cr\r", "nul\x00",
         "bell\x07", "del\x7f", "\x80\x9f\xa0", "é", "\u200b", "\u2028", "\ud800", "\U0001F600",
         "\U000e0001", "back\\slash", "\x1b[0m", "\u00ad", "\uffff", "中文"]
for t in tests:
    print(repr(t), ascii(t), len(t))
print(repr("'"), repr('"'), repr("'\""), repr(""))
print("\N{GREEK SMALL LETTER ALPHA}", "\u03b1" == "\N{greek small letter alpha}", "\101\x42\u0043")
print(r"raw\n\t", len(r"\n"), rb"\x00", "abc" "def", ("multi"
      "line"))
