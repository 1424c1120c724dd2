s = "hello" " world"
t = 'it\'s'
u = """multi
line"""
b = b"\x00\xff bytes"
r = r"\d+\n"
e = "\t\u00e9\U0001f600\N{BULLET}"
print(s, t, u, b, r, e, len(e))
