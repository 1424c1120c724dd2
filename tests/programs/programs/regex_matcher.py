# A small backtracking regular-expression matcher (literals, ., *, +, ?, ^, $, [classes], groups-free) with tests.
def match_here(pat, i, text, j):
    if i == len(pat):
        return j
    if pat[i] == "$" and i == len(pat) - 1:
        return j if j == len(text) else None
    atom_end, atom = parse_atom(pat, i)
    if atom_end < len(pat) and pat[atom_end] in "*+?":
        q = pat[atom_end]
        rest = atom_end + 1
        lo = 1 if q == "+" else 0
        hi = 1 if q == "?" else len(text) - j
        k = j
        count = 0
        positions = [j]
        while count < hi and k < len(text) and atom_matches(atom, text[k]):
            k += 1
            count += 1
            positions.append(k)
        for pos in reversed(positions[lo:]):
            r = match_here(pat, rest, text, pos)
            if r is not None:
                return r
        return None
    if j < len(text) and atom_matches(atom, text[j]):
        return match_here(pat, atom_end, text, j + 1)
    return None
def parse_atom(pat, i):
    if pat[i] == "\\":
        return i + 2, ("lit", pat[i + 1])
    if pat[i] == ".":
        return i + 1, ("any",)
    if pat[i] == "[":
        j = pat.index("]", i + 1)
        body = pat[i + 1:j]
        neg = body.startswith("^")
        if neg:
            body = body[1:]
        chars = set()
        k = 0
        while k < len(body):
            if k + 2 < len(body) and body[k + 1] == "-":
                chars.update(chr(c) for c in range(ord(body[k]), ord(body[k + 2]) + 1))
                k += 3
            else:
                chars.add(body[k])
                k += 1
        return j + 1, ("set", frozenset(chars), neg)
    return i + 1, ("lit", pat[i])
def atom_matches(atom, ch):
    if atom[0] == "any":
        return True
    if atom[0] == "lit":
        return atom[1] == ch
    return (ch in atom[1]) != atom[2]
def search(pat, text):
    if pat.startswith("^"):
        end = match_here(pat, 1, text, 0)
        return (0, end) if end is not None else None
    for start in range(len(text) + 1):
        end = match_here(pat, 0, text, start)
        if end is not None:
            return start, end
    return None
tests = [("abc", "xxabcxx"), ("a.c", "abc adc aXc"), ("^ab*c", "abbbbc"), ("^ab*c", "xac"), ("colou?r", "the color red"),
         ("colou?r", "the colour red"), ("[0-9]+", "order 66 now"), ("[^a-z ]+", "hello WORLD 42"), ("x*", "yyy"),
         ("a+b+$", "caaabbb"), ("a+b+$", "aaabbbc"), ("\\.txt$", "notes.txt"), ("[A-Z][a-z]+", "meet Alice and Bob"),
         ("^$", ""), ("^$", "x"), (".*foo", "xfooyfoo"), ("a?a?a?aaa", "aaa"), ("[a-c-]+", "--abc-d")]
for pat, text in tests:
    r = search(pat, text)
    print(f"{pat!r:14} {text!r:22} -> {r} {text[r[0]:r[1]]!r}" if r else f"{pat!r:14} {text!r:22} -> no match")
def findall(pat, text):
    out, pos = [], 0
    while pos <= len(text):
        r = search(pat, text[pos:])
        if r is None:
            break
        s, e = r[0] + pos, r[1] + pos
        out.append(text[s:e])
        pos = e if e > s else e + 1
    return out
print(findall("[0-9]+", "a1b22c333d"), findall("[a-z]+", "The quick Brown fox"), findall("o", "foo boo"))
