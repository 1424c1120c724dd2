# Scoring games: ten-pin bowling frames and a tennis game state machine.
def bowling(rolls):
    score, i, frames = 0, 0, []
    for frame in range(10):
        if i >= len(rolls):
            raise ValueError(f"incomplete game at frame {frame + 1}")
        if rolls[i] == 10:
            score += 10 + sum(rolls[i + 1:i + 3])
            i += 1
        elif rolls[i] + rolls[i + 1] == 10:
            score += 10 + rolls[i + 2]
            i += 2
        else:
            if rolls[i] + rolls[i + 1] > 10:
                raise ValueError(f"too many pins in frame {frame + 1}")
            score += rolls[i] + rolls[i + 1]
            i += 2
        frames.append(score)
    return frames
games = {"gutter": [0] * 20, "all ones": [1] * 20, "one spare": [5, 5, 3] + [0] * 17, "one strike": [10, 3, 4] + [0] * 16,
         "perfect": [10] * 12, "all spares": [5] * 21, "mixed": [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1],
         "bad": [7, 7] + [0] * 18, "short": [1, 2, 3]}
for name, rolls in games.items():
    try:
        print(f"{name:10}", bowling(rolls))
    except (ValueError, IndexError) as e:
        print(f"{name:10}", type(e).__name__, e)
NAMES = ["love", "15", "30", "40"]
def tennis(points):
    a = b = 0
    log = []
    for p in points:
        if p == "A":
            a += 1
        else:
            b += 1
        if a >= 4 and a - b >= 2:
            log.append("game A")
            break
        if b >= 4 and b - a >= 2:
            log.append("game B")
            break
        if a >= 3 and b >= 3:
            log.append("deuce" if a == b else f"advantage {'A' if a > b else 'B'}")
        else:
            log.append(f"{NAMES[a]}-{NAMES[b]}" if a != b else f"{NAMES[a]}-all")
    return log
for seq in ["AAAA", "ABABABAA", "BBBAAABABB", "AABBAB", "ABABABABABABAA"]:
    print(seq, tennis(seq))
