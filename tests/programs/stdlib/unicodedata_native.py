# unicodedata: properties, names, lookups (aliases, named sequences), numeric values with
# defaults, decompositions, the four normal forms, the 3.2.0 database and the errors.
import unicodedata as U

u3 = U.ucd_3_2_0
print(U.unidata_version, u3.unidata_version, type(u3).__name__, type(u3).__module__)

samples = "aZ5 \t\n\x00\xa0\xbd\xe9\u0301\u05d0\u0627\u0663\u2160\u2163\u216b\u3000\u4e00\uac00" \
          "\uff21\u200d\u2028\U0001f600\U0001d7ce\u0f33\u00b2\u2460\u3405\ud800\ue000\U000e0001" \
          "(][}\u2044\u0221\u0378\U00031350\u1e9e\u0e3f"
for ch in samples:
    print(ascii(ch), U.category(ch), U.bidirectional(ch), U.combining(ch),
          U.mirrored(ch), U.east_asian_width(ch), repr(U.decomposition(ch)),
          U.decimal(ch, None), U.digit(ch, None), U.numeric(ch, None),
          U.name(ch, None), "|", u3.category(ch), u3.bidirectional(ch), u3.name(ch, None))

for name in ["LATIN SMALL LETTER A", "latin small letter a", "SNOWMAN", "sNoWmAn", "NULL",
             "BYTE ORDER MARK", "LATIN CAPITAL LETTER GHA", "HANGUL SYLLABLE GAG",
             "HANGUL SYLLABLE GGA", "HANGUL SYLLABLE A", "CJK UNIFIED IDEOGRAPH-4E00",
             "CJK UNIFIED IDEOGRAPH-04E00", "CJK UNIFIED IDEOGRAPH-3134A",
             "KEYCAP NUMBER SIGN", "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE",
             "GRINNING FACE", b"SNOWMAN"]:
    for db in (U, u3):
        try:
            print(ascii(name), ascii(db.lookup(name)))
        except KeyError as e:
            print(ascii(name), "KeyError", e)

bad_names = ["hangul syllable ga", "HANGUL SYLLABLE ", "HANGUL SYLLABLE GGGG",
             "CJK UNIFIED IDEOGRAPH-4e00", "CJK UNIFIED IDEOGRAPH-4E0", "CJK UNIFIED IDEOGRAPH-31350",
             "cjk unified ideograph-4E00", "SNOWMAN ", "", "x" * 300, "\xe9",
             "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE ", "TANGUT IDEOGRAPH-17000"]
for name in bad_names:
    try:
        print(ascii(U.lookup(name)))
    except KeyError as e:
        print("KeyError", ascii(str(e))[:80])

print(ascii("\N{LATIN SMALL LETTER E WITH ACUTE}\N{null}\N{byte order mark}\N{EM DASH}"))
print(ascii(b"\\N{SNOWMAN}".decode("unicode_escape")))
print("caf\xe9 \u2603".encode("ascii", "namereplace"))

s = "Å\u0301ﬁ\u1e9b\u0323 한국어 \u00c5\u212b\u0041\u030a ½ x\u0327\u0301 \uac00\u11a8 \u1100\u1161\u11a8"
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    for db in (U, u3):
        r = db.normalize(form, s)
        print(form, ascii(r), db.is_normalized(form, s), db.is_normalized(form, r))
print(ascii(u3.normalize("NFC", "\U0002f868")), ascii(U.normalize("NFC", "\U0002f868")))
print(U.normalize("NFC", "") == "", U.is_normalized("NFD", ""))

for f, args in [(U.name, ("\x00",)), (U.decimal, ("a",)), (U.digit, ("a",)),
                (U.numeric, ("a",)), (U.name, ("ab",)), (U.name, (1,)), (U.category, ("ab",)),
                (U.category, ()), (U.name, ()), (U.name, ("a", 1, 2)), (U.lookup, ()),
                (U.lookup, (1,)), (U.lookup, (bytearray(b"a"),)), (U.normalize, ("X", "a")),
                (U.normalize, ("NFC", b"a")), (U.normalize, (1, "a")), (U.normalize, ("NFC",)),
                (U.is_normalized, ("NFKC", 3)), (U.mirrored, (1,)), (U.combining, ("",)),
                (U.east_asian_width, ("ab",)), (U.decomposition, (3,)), (U.bidirectional, (3,)),
                (U.numeric, (3,)), (u3.category, ()), (U.UCD, ())]:
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)
print(U.name("\x00", "dflt"), U.decimal("x", -1), U.digit("\u2460"), U.numeric("\u216b"),
      U.numeric("\U00012432"), U.decimal("\u0663"), U.numeric("\u4e07"))
print(U.lookup.__text_signature__, U.normalize.__doc__.splitlines()[0], U.UCD.name.__text_signature__)
print(sorted(k for k in dir(U) if not k.startswith("_")))
