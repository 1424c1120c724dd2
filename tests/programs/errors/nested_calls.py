# Traceback through several nested function calls.
def parse(text):
    return int(text)
def load(items):
    out = []
    for it in items:
        out.append(parse(it))
        print("parsed", it)
    return out
def main():
    return load(["10", "20", "thirty", "40"])
main()
