# Interval problems: merge overlapping intervals, minimum meeting rooms, greedy activity selection, free slots.
def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out
def rooms(meetings):
    events = sorted([(s, 1) for s, _ in meetings] + [(e, -1) for _, e in meetings])
    cur = best = 0
    timeline = []
    for t, d in events:
        cur += d
        best = max(best, cur)
        timeline.append((t, cur))
    return best, timeline
def select(acts):
    chosen, end = [], float("-inf")
    for s, e, name in sorted(acts, key=lambda a: (a[1], a[0])):
        if s >= end:
            chosen.append(name)
            end = e
    return chosen
def free_slots(busy, day=(9 * 60, 17 * 60)):
    out, t = [], day[0]
    for s, e in merge(busy):
        if s > t:
            out.append((t, s))
        t = max(t, e)
    if t < day[1]:
        out.append((t, day[1]))
    return [f"{a // 60:02d}:{a % 60:02d}-{b // 60:02d}:{b % 60:02d}" for a, b in out]
print(merge([[1, 3], [2, 6], [8, 10], [15, 18], [17, 20], [9, 9]]), merge([]), merge([[1, 4], [4, 5]]))
print(rooms([(0, 30), (5, 10), (15, 20), (10, 15), (25, 35), (5, 40)]))
acts = [(1, 4, "a"), (3, 5, "b"), (0, 6, "c"), (5, 7, "d"), (3, 9, "e"), (5, 9, "f"), (6, 10, "g"), (8, 11, "h"), (8, 12, "i"), (2, 14, "j"), (12, 16, "k")]
print(select(acts))
busy = [(9 * 60 + 30, 10 * 60), (10 * 60 - 15, 11 * 60), (13 * 60, 14 * 60 + 30), (16 * 60 + 45, 18 * 60)]
print(free_slots(busy), free_slots([]), free_slots([(8 * 60, 18 * 60)]))
