# Morse code encode/decode and Wordle feedback scoring with a deterministic solver over a small word list.
MORSE = {"A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".", "F": "..-.", "G": "--.", "H": "....", "I": "..", "J": ".---",
         "K": "-.-", "L": ".-..", "M": "--", "N": "-.", "O": "---", "P": ".--.", "Q": "--.-", "R": ".-.", "S": "...", "T": "-",
         "U": "..-", "V": "...-", "W": ".--", "X": "-..-", "Y": "-.--", "Z": "--..", "0": "-----", "1": ".----", "2": "..---",
         "3": "...--", "4": "....-", "5": ".....", "6": "-....", "7": "--...", "8": "---..", "9": "----."}
BACK = {v: k for k, v in MORSE.items()}
def encode(text):
    return " / ".join(" ".join(MORSE[c] for c in word) for word in text.upper().split())
def decode(code):
    return " ".join("".join(BACK.get(sym, "?") for sym in word.split()) for word in code.split(" / "))
for msg in ["SOS", "Hello World", "krait 311", "The quick brown fox"]:
    e = encode(msg)
    print(e)
    print(decode(e), decode(e) == msg.upper())
print(decode("... --- ... / ..--.."))
WORDS = ["crane", "slate", "trace", "crate", "react", "caret", "cater", "stale", "least", "steal", "tales", "plant", "chant",
         "shard", "heart", "earth", "hater", "rathe", "spear", "pears", "reaps", "spare", "parse", "after", "ratio"]
def score(guess, answer):
    res = ["."] * 5
    remaining = {}
    for g, a in zip(guess, answer):
        if g != a:
            remaining[a] = remaining.get(a, 0) + 1
    for i, (g, a) in enumerate(zip(guess, answer)):
        if g == a:
            res[i] = "G"
        elif remaining.get(g, 0):
            res[i] = "Y"
            remaining[g] -= 1
    return "".join(res)
print(score("crane", "react"), score("speed", "abide"), score("geese", "eerie"), score("allee", "eagle"))
def solve(answer):
    candidates = list(WORDS)
    history = []
    while True:
        guess = min(candidates, key=lambda w: (-len({score(w, c) for c in candidates}), w))
        s = score(guess, answer)
        history.append((guess, s))
        if s == "GGGGG":
            return history
        candidates = [c for c in candidates if score(guess, c) == s]
for ans in ["crate", "heart", "spare", "ratio", "least"]:
    print(ans, solve(ans))
