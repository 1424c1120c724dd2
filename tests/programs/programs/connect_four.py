# Connect Four: board drops, win detection in four directions, and a one-ply minimax player vs a greedy player.
ROWS, COLS = 6, 7
def new_board():
    return [["." for _ in range(COLS)] for _ in range(ROWS)]
def drop(b, col, piece):
    for r in range(ROWS - 1, -1, -1):
        if b[r][col] == ".":
            b[r][col] = piece
            return r
    return None
def undo(b, col):
    for r in range(ROWS):
        if b[r][col] != ".":
            b[r][col] = "."
            return
def winner(b):
    for r in range(ROWS):
        for c in range(COLS):
            p = b[r][c]
            if p == ".":
                continue
            for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
                if all(0 <= r + k * dr < ROWS and 0 <= c + k * dc < COLS and b[r + k * dr][c + k * dc] == p for k in range(4)):
                    return p
    return None
def valid(b):
    return [c for c in (3, 2, 4, 1, 5, 0, 6) if b[0][c] == "."]
def score(b, me):
    other = "O" if me == "X" else "X"
    s = 0
    for r in range(ROWS):
        for c in range(COLS):
            for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
                cells = [b[r + k * dr][c + k * dc] for k in range(4) if 0 <= r + k * dr < ROWS and 0 <= c + k * dc < COLS]
                if len(cells) == 4:
                    if other not in cells:
                        s += [0, 1, 4, 16, 1000][cells.count(me)]
                    if me not in cells:
                        s -= [0, 1, 5, 20, 1000][cells.count(other)]
    return s
def minimax(b, depth, me, turn):
    w = winner(b)
    if w:
        return (10**6 if w == me else -10**6), None
    moves = valid(b)
    if depth == 0 or not moves:
        return score(b, me), None
    best = None
    for c in moves:
        drop(b, c, turn)
        val, _ = minimax(b, depth - 1, me, "O" if turn == "X" else "X")
        undo(b, c)
        if best is None or (turn == me and val > best[0]) or (turn != me and val < best[0]):
            best = (val, c)
    return best
def greedy(b, me):
    return max(valid(b), key=lambda c: (drop(b, c, me), score(b, me), undo(b, c))[1])
b = new_board()
turn, moves = "X", []
while not winner(b) and valid(b):
    col = minimax(b, 1, "X", "X")[1] if turn == "X" else greedy(b, "O")
    drop(b, col, turn)
    moves.append(col)
    turn = "O" if turn == "X" else "X"
print("\n".join(" ".join(row) for row in b))
print("moves", moves, "winner", winner(b) or "draw", "length", len(moves))
