# Tic-tac-toe with full minimax (memoized on board strings): perfect play from several openings.
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
def winner(b):
    for a, c, d in LINES:
        if b[a] != "." and b[a] == b[c] == b[d]:
            return b[a]
    return None
memo = {}
def minimax(b, player):
    key = (b, player)
    if key in memo:
        return memo[key]
    w = winner(b)
    if w:
        res = (1 if w == "X" else -1, None)
    elif "." not in b:
        res = (0, None)
    else:
        best = None
        for i, c in enumerate(b):
            if c == ".":
                score, _ = minimax(b[:i] + player + b[i + 1:], "O" if player == "X" else "X")
                if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                    best = (score, i)
        res = best
    memo[key] = res
    return res
def play(board="." * 9, player="X"):
    moves = []
    while not winner(board) and "." in board:
        _, m = minimax(board, player)
        board = board[:m] + player + board[m + 1:]
        moves.append(m)
        player = "O" if player == "X" else "X"
    return board, moves, winner(board)
def show(b):
    return "\n".join(" ".join(b[r * 3:r * 3 + 3]) for r in range(3))
for opening in [".........", "X........", "....X....", "X...O....", "XX..O....", "OO..X...X"]:
    player = "O" if opening.count("X") > opening.count("O") else "X"
    final, moves, w = play(opening, player)
    print(opening, "->", final, moves, w or "draw", minimax(opening, player)[0])
print(show(play()[0]))
print(len(memo), sum(1 for (b, p), (s, m) in memo.items() if s == 1), sum(1 for v in memo.values() if v[0] == 0))
