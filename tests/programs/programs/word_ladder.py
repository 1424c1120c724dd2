# Word ladder via BFS over a small built-in dictionary; shortest paths and unreachable pairs.
WORDS = """cold cord card ward warm worm word wood good gold bold bolt boat coat cost cast case cash wash wish fish
fist mist most must mast cart dart dare care core more mare mire wire wine wind kind mind mild wild will well
bell ball hall hail mail main pain paid pail tail tall tell sell cell call fall fail foil boil soil soul foul
fool pool poll pole hole hold held head heal real read road load lead bead beat heat hear bear beer deer peer""".split()
WORDSET = set(WORDS)
def neighbors(w):
    out = []
    for i in range(len(w)):
        for c in "abcdefghijklmnopqrstuvwxyz":
            if c != w[i]:
                cand = w[:i] + c + w[i + 1:]
                if cand in WORDSET:
                    out.append(cand)
    return out
def ladder(a, b):
    prev = {a: None}
    frontier = [a]
    while frontier:
        nxt = []
        for w in frontier:
            for n in neighbors(w):
                if n not in prev:
                    prev[n] = w
                    if n == b:
                        path = [b]
                        while prev[path[-1]] is not None:
                            path.append(prev[path[-1]])
                        return path[::-1]
                    nxt.append(n)
        frontier = nxt
    return None
for a, b in [("cold", "warm"), ("fish", "bird"), ("head", "tail"), ("bell", "boat"), ("wood", "wild"), ("cash", "heal"), ("more", "more")]:
    p = ladder(a, b) if a != b else [a]
    print(a, b, len(p) - 1 if p else None, p)
degree = {w: len(neighbors(w)) for w in WORDS}
print(sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))[:8])
print(sum(degree.values()), len(WORDS), len(WORDSET))
