# bytes.decode with UTF-16 and UTF-32 (BOM detection, byte orders, surrogate pairs) and their errors.
print(b"\xff\xfe".decode("utf-16"), b"\xff\xfea\x00".decode("utf-16"), b"\xfe\xff\x00a".decode("utf-16"), b"a\x00b\x00".decode("utf-16-le"), b"\x00a".decode("utf_16_be"))
print(b"=\xd8\x00\xde".decode("utf-16-le"), b"\xff\xfe\x00\x00a\x00\x00\x00".decode("utf-32"), b"\x00\x00\x00a".decode("utf-32-be"))
for data, enc in [(b"a", "utf-16-le"), (b"a\x00b", "utf-16"), (b"\x00\xdc", "utf-16-le"), (b"\x00\xd8", "utf-16-le"), (b"abc", "utf-32-le")]:
    try:
        print(data.decode(enc))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
    print(repr(data.decode(enc, "replace")), repr(data.decode(enc, "ignore")))
