# A hand-written JSON encoder and recursive-descent decoder, with round trips and error positions.
class DecodeError(ValueError):
    pass
def encode(v, indent=None, level=0):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        if v != v or v in (float("inf"), float("-inf")):
            raise ValueError(f"cannot encode {v}")
        return repr(v)
    if isinstance(v, str):
        out = ['"']
        for ch in v:
            if ch == '"':
                out.append('\\"')
            elif ch == "\\":
                out.append("\\\\")
            elif ch == "\n":
                out.append("\\n")
            elif ord(ch) < 0x20 or ord(ch) > 0x7e:
                if ord(ch) > 0xffff:
                    c = ord(ch) - 0x10000
                    out.append("\\u%04x\\u%04x" % (0xd800 + (c >> 10), 0xdc00 + (c & 0x3ff)))
                else:
                    out.append("\\u%04x" % ord(ch))
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = ", " if indent is None else ","
    if isinstance(v, (list, tuple)):
        if not v:
            return "[]"
        return "[" + sep.join(pad + encode(x, indent, level + 1) for x in v) + end + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        return "{" + sep.join(pad + encode(str(k)) + ": " + encode(x, indent, level + 1) for k, x in v.items()) + end + "}"
    raise TypeError(f"Object of type {type(v).__name__} is not JSON serializable")
class Decoder:
    def __init__(self, s):
        self.s, self.i = s, 0
    def error(self, msg):
        raise DecodeError(f"{msg} at position {self.i}")
    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \t\n\r":
            self.i += 1
    def value(self):
        self.ws()
        if self.i >= len(self.s):
            self.error("unexpected end")
        c = self.s[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        for lit, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(lit, self.i):
                self.i += len(lit)
                return val
        return self.number()
    def number(self):
        start = self.i
        while self.i < len(self.s) and self.s[self.i] in "+-0123456789.eE":
            self.i += 1
        text = self.s[start:self.i]
        if not text:
            self.error(f"unexpected character {self.s[self.i]!r}")
        try:
            return int(text) if text.lstrip("-").isdigit() else float(text)
        except ValueError:
            self.i = start
            self.error(f"bad number {text!r}")
    def string(self):
        self.i += 1
        out = []
        while True:
            if self.i >= len(self.s):
                self.error("unterminated string")
            c = self.s[self.i]
            if c == '"':
                self.i += 1
                return "".join(out)
            if c == "\\":
                e = self.s[self.i + 1]
                if e == "u":
                    cp = int(self.s[self.i + 2:self.i + 6], 16)
                    self.i += 6
                    if 0xd800 <= cp < 0xdc00 and self.s.startswith("\\u", self.i):
                        lo = int(self.s[self.i + 2:self.i + 6], 16)
                        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00)
                        self.i += 6
                    out.append(chr(cp))
                    continue
                out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/"}[e])
                self.i += 2
            else:
                out.append(c)
                self.i += 1
    def arr(self):
        self.i += 1
        out = []
        self.ws()
        if self.s[self.i] == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            if self.i < len(self.s) and self.s[self.i] == ",":
                self.i += 1
            elif self.i < len(self.s) and self.s[self.i] == "]":
                self.i += 1
                return out
            else:
                self.error("expected , or ]")
    def obj(self):
        self.i += 1
        out = {}
        self.ws()
        if self.s[self.i] == "}":
            self.i += 1
            return out
        while True:
            self.ws()
            if self.s[self.i] != '"':
                self.error("expected string key")
            k = self.string()
            self.ws()
            if self.s[self.i] != ":":
                self.error("expected :")
            self.i += 1
            out[k] = self.value()
            self.ws()
            if self.s[self.i] == ",":
                self.i += 1
            elif self.s[self.i] == "}":
                self.i += 1
                return out
            else:
                self.error("expected , or }")
def decode(s):
    d = Decoder(s)
    v = d.value()
    d.ws()
    if d.i != len(s):
        d.error("extra data")
    return v
doc = {"name": "krait", "version": [0, 1, 2], "ratio": 0.1, "big": 2**70, "ok": True, "none": None,
       "text": 'quote " backslash \\ newline \n tab \t é 😀', "nested": {"a": [], "b": {}, "c": [{"d": -1.5e-7}]}}
s = encode(doc)
print(s)
back = decode(s)
print(back == doc, back["text"] == doc["text"])
print(encode(doc["nested"], indent=2))
for bad in ['{"a": 1,}', '[1 2]', '"unterminated', '{"a" 1}', 'tru', '[1, 2] x', '', '{1: 2}', '-']:
    try:
        print(repr(bad), decode(bad))
    except DecodeError as e:
        print(repr(bad), "DecodeError:", e)
for bad in [float("nan"), {1, 2}, object]:
    try:
        encode(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", str(e).split(" at 0x")[0])
print(decode(' [ 1 , -2.5e3 , "\\u00e9\\ud83d\\ude00" , [ [ ] ] ] '))
