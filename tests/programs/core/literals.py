# Numeric and string literal forms: underscores, bases, exponents, imaginary, escapes, adjacent concatenation.
print(1_000_000, 0x_FF, 0o7_7, 0b_1010_1010, 1_0.5_0, 1e1_0, 0xdead_beef, 00, 0e0, .5, 5., 1E-3, 1j, 2.5J, 0J, 1_2j)
print(0xFFFFFFFFFFFFFFFFFFFF, 0o777777777777777777777777, 0b1111111111111111111111111111111111111111111111111111111111111111111)
print(1e308, 1e309, -1e309, 1e-324, 2e-324, 4.9e-324, 123456789012345678901234567890.0)
print("\a\b\f\n\r\t\v\\\'\"", "\x41\x42", "\101\102\7", "\u00e9\U0001F600", "\N{LATIN SMALL LETTER E WITH ACUTE}", "\0", len("\0"))
print(r"\n\t", R"raw\x", rb"\x00", Rb"\d", br"\s", b"\x00\xff\n", b"\101", len(b"\777" if False else b"\377"))
print("con" "cat" 'en' """ation""", b"by" b"tes", f"f{1}" "plain" f"{2}")
print('''triple
single''', """triple
double""")
print(u"unicode prefix", "\
line continuation inside string", len("""
"""))
x = (1 +
     2 +
     3)
y = 1 + \
    2
z = [
    1,
    2,
]
print(x, y, z, {
    "k": "v",
}, (1,), (), [], {}, set())
print(type(1j).__name__, type(1_0).__name__, type(1e0).__name__, type(0x10).__name__, True + 0b1, ...)
