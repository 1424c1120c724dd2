# String algorithms: KMP prefix function, Z-function, Rabin-Karp, Manacher's longest palindrome, suffix array.
def prefix_function(s):
    pi = [0] * len(s)
    for i in range(1, len(s)):
        k = pi[i - 1]
        while k and s[i] != s[k]:
            k = pi[k - 1]
        if s[i] == s[k]:
            k += 1
        pi[i] = k
    return pi
def kmp_find(text, pat):
    pi = prefix_function(pat + "\x00" + text)
    return [i - 2 * len(pat) for i, v in enumerate(pi) if v == len(pat)]
def z_function(s):
    z = [0] * len(s)
    l = r = 0
    for i in range(1, len(s)):
        if i < r:
            z[i] = min(r - i, z[i - l])
        while i + z[i] < len(s) and s[z[i]] == s[i + z[i]]:
            z[i] += 1
        if i + z[i] > r:
            l, r = i, i + z[i]
    return z
def rabin_karp(text, pat, base=257, mod=1_000_000_007):
    n, m = len(text), len(pat)
    if m > n:
        return []
    hp = ht = 0
    for i in range(m):
        hp = (hp * base + ord(pat[i])) % mod
        ht = (ht * base + ord(text[i])) % mod
    power = pow(base, m - 1, mod)
    out = []
    for i in range(n - m + 1):
        if hp == ht and text[i:i + m] == pat:
            out.append(i)
        if i + m < n:
            ht = ((ht - ord(text[i]) * power) * base + ord(text[i + m])) % mod
    return out
def manacher(s):
    t = "^#" + "#".join(s) + "#$"
    p = [0] * len(t)
    c = r = 0
    for i in range(1, len(t) - 1):
        if i < r:
            p[i] = min(r - i, p[2 * c - i])
        while t[i + p[i] + 1] == t[i - p[i] - 1]:
            p[i] += 1
        if i + p[i] > r:
            c, r = i, i + p[i]
    k = max(range(len(p)), key=lambda i: (p[i], -i))
    start = (k - p[k]) // 2
    return s[start:start + p[k]]
def suffix_array(s):
    return sorted(range(len(s)), key=lambda i: s[i:])
text = "abracadabra abracadabra cadabra"
print(prefix_function("abacabab"), prefix_function("aaaa"), z_function("aabcaabxaaaz"))
for pat in ["abra", "cad", "a", "zzz", "abracadabra"]:
    print(pat, kmp_find(text, pat), rabin_karp(text, pat), kmp_find(text, pat) == rabin_karp(text, pat))
for s in ["babad", "cbbd", "forgeeksskeegfor", "a", "abacdfgdcaba", "racecar xyz"]:
    print(s, repr(manacher(s)))
sa = suffix_array("banana")
print(sa, ["banana"[i:] for i in sa])
def lcp(s, sa):
    return [next((k for k in range(min(len(s) - a, len(s) - b)) if s[a + k] != s[b + k]), min(len(s) - a, len(s) - b)) for a, b in zip(sa, sa[1:])]
print(lcp("banana", sa), max(lcp("mississippi", suffix_array("mississippi"))))
