# An elevator controller simulation: requests queue, SCAN scheduling, and a step-by-step log.
class Elevator:
    def __init__(self, floors):
        self.floors = floors
        self.floor = 0
        self.direction = 1
        self.stops = set()
        self.log = []
        self.moved = 0
    def request(self, f):
        if not 0 <= f < self.floors:
            raise ValueError(f"no floor {f}")
        self.stops.add(f)
    def step(self):
        if not self.stops:
            return False
        if self.floor in self.stops:
            self.stops.discard(self.floor)
            self.log.append(f"stop {self.floor}")
            return True
        ahead = [s for s in self.stops if (s - self.floor) * self.direction > 0]
        if not ahead:
            self.direction = -self.direction
            self.log.append(f"reverse at {self.floor}")
        self.floor += self.direction
        self.moved += 1
        return True
e = Elevator(10)
schedule = {0: [5, 2], 3: [8], 4: [1], 7: [9, 0], 12: [3]}
t = 0
while True:
    for f in schedule.get(t, []):
        e.request(f)
        e.log.append(f"t={t} request {f}")
    active = e.step()
    if not active and t > max(schedule):
        break
    t += 1
for line in e.log:
    print(line)
print("time", t, "moved", e.moved, "final floor", e.floor)
try:
    e.request(12)
except ValueError as err:
    print("ValueError:", err)
