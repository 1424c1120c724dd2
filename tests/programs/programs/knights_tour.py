# Knight's tour with Warnsdorff's heuristic (deterministic tie-breaks) on several board sizes, verified.
MOVES = [(2, 1), (1, 2), (-1, 2), (-2, 1), (-2, -1), (-1, -2), (1, -2), (2, -1)]
def tour(n, start=(0, 0)):
    board = [[0] * n for _ in range(n)]
    x, y = start
    board[y][x] = 1
    def degree(cx, cy):
        return sum(1 for dx, dy in MOVES if 0 <= cx + dx < n and 0 <= cy + dy < n and board[cy + dy][cx + dx] == 0)
    for step in range(2, n * n + 1):
        options = [(degree(x + dx, y + dy), i, x + dx, y + dy) for i, (dx, dy) in enumerate(MOVES)
                   if 0 <= x + dx < n and 0 <= y + dy < n and board[y + dy][x + dx] == 0]
        if not options:
            return None, step - 1
        _, _, x, y = min(options)
        board[y][x] = step
    return board, n * n
def verify(board):
    n = len(board)
    pos = {board[y][x]: (x, y) for y in range(n) for x in range(n)}
    return all((abs(pos[k][0] - pos[k + 1][0]), abs(pos[k][1] - pos[k + 1][1])) in ((1, 2), (2, 1)) for k in range(1, n * n))
for n in (5, 6, 7, 8):
    board, reached = tour(n)
    print(n, "complete" if board else "stuck", reached, verify(board) if board else "-")
    if board and n <= 6:
        for row in board:
            print(" ".join(f"{v:2d}" for v in row))
print([tour(5, (x, y))[1] for x in range(3) for y in range(3)])
