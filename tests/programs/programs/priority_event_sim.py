# A discrete-event simulation with a priority queue: events ordered by (time, priority, sequence), periodic timers.
class PQ:
    def __init__(self):
        self.items = []
    def push(self, item):
        self.items.append(item)
        i = len(self.items) - 1
        while i > 0 and self.items[(i - 1) // 2] > self.items[i]:
            p = (i - 1) // 2
            self.items[p], self.items[i] = self.items[i], self.items[p]
            i = p
    def pop(self):
        items = self.items
        items[0], items[-1] = items[-1], items[0]
        top = items.pop()
        i = 0
        while True:
            c = 2 * i + 1
            if c >= len(items):
                break
            if c + 1 < len(items) and items[c + 1] < items[c]:
                c += 1
            if items[i] <= items[c]:
                break
            items[i], items[c] = items[c], items[i]
            i = c
        return top
    def __bool__(self):
        return bool(self.items)
seq = 0
q = PQ()
def schedule(t, prio, name, action=None):
    global seq
    seq += 1
    q.push((t, prio, seq, name, action))
log = []
counter = {"ticks": 0}
def tick(t):
    counter["ticks"] += 1
    if t + 3 <= 20:
        schedule(t + 3, 5, "tick", tick)
def alarm(t):
    schedule(t + 1, 0, "snooze-end")
schedule(0, 5, "tick", tick)
schedule(4, 1, "alarm", alarm)
schedule(4, 0, "urgent")
schedule(4, 9, "lazy")
schedule(9, 5, "tick-collision")
schedule(15, 2, "midway")
while q:
    t, prio, s, name, action = q.pop()
    log.append((t, prio, name))
    if action:
        action(t)
for entry in log:
    print(entry)
print("ticks", counter["ticks"], "events", len(log), "last time", log[-1][0])
