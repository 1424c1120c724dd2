# Rendering numbers on a seven-segment display and reading them back (a bank-OCR style round trip).
SEGMENTS = {
    "0": (" _ ", "| |", "|_|"), "1": ("   ", "  |", "  |"), "2": (" _ ", " _|", "|_ "), "3": (" _ ", " _|", " _|"),
    "4": ("   ", "|_|", "  |"), "5": (" _ ", "|_ ", " _|"), "6": (" _ ", "|_ ", "|_|"), "7": (" _ ", "  |", "  |"),
    "8": (" _ ", "|_|", "|_|"), "9": (" _ ", "|_|", " _|"), "-": ("   ", " _ ", "   "),
}
READ = {v: k for k, v in SEGMENTS.items()}
def render(text):
    return ["".join(SEGMENTS[c][row] for c in text) for row in range(3)]
def read(lines):
    out = []
    for i in range(0, len(lines[0]), 3):
        cell = tuple(line[i:i + 3] for line in lines)
        out.append(READ.get(cell, "?"))
    return "".join(out)
def checksum(acct):
    return sum((9 - i) * int(d) for i, d in enumerate(acct)) % 11 == 0
for number in ["0123456789", "345882865", "-42", "8675309", "490067715"]:
    lines = render(number)
    print("\n".join(lines))
    back = read(lines)
    print(back, back == number, "checksum ok" if len(number) == 9 and number.isdigit() and checksum(number) else "")
broken = render("123")
broken[1] = broken[1][:4] + "X" + broken[1][5:]
print(read(broken))
