# Combinatorial games: Nim with xor strategy, Grundy numbers for a subtraction game, and a simulated match.
def nim_move(heaps):
    x = 0
    for h in heaps:
        x ^= h
    if x == 0:
        i = max(range(len(heaps)), key=lambda i: heaps[i])
        return i, 1
    for i, h in enumerate(heaps):
        if h ^ x < h:
            return i, h - (h ^ x)
def play(heaps):
    heaps = list(heaps)
    player = 0
    log = []
    while any(heaps):
        i, take = nim_move(heaps)
        heaps[i] -= take
        log.append((player, i, take, tuple(heaps)))
        player ^= 1
    return log, 1 - player
for start in [(3, 4, 5), (1, 2, 3), (7, 7), (10, 1, 6, 2)]:
    log, winner = play(start)
    print(start, "first player xor", start[0] ^ start[1] ^ (start[2] if len(start) > 2 else 0) ^ (start[3] if len(start) > 3 else 0), "winner", winner, "moves", len(log))
    for entry in log[:4]:
        print("   ", entry)
def grundy(n, moves, memo):
    if n in memo:
        return memo[n]
    reachable = {grundy(n - m, moves, memo) for m in moves if m <= n}
    g = 0
    while g in reachable:
        g += 1
    memo[n] = g
    return g
for moves in [(1, 2), (1, 3, 4), (2, 5, 7)]:
    memo = {}
    print(moves, [grundy(n, moves, memo) for n in range(25)])
