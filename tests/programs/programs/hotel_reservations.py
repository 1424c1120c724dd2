# Hotel reservations: rooms, overlapping date ranges (day numbers), booking, cancellation, occupancy report, pricing.
class Overbooked(Exception):
    pass
class Hotel:
    def __init__(self, rooms):
        self.rooms = rooms
        self.bookings = {}
        self.next_id = 1
    def free(self, room, start, end):
        return all(end <= s or start >= e for (r, s, e, _) in self.bookings.values() if r == room)
    def book(self, guest, kind, start, end):
        if end <= start:
            raise ValueError(f"bad stay {start}-{end}")
        for room, (rkind, price) in sorted(self.rooms.items()):
            if rkind == kind and self.free(room, start, end):
                bid = self.next_id
                self.next_id += 1
                self.bookings[bid] = (room, start, end, guest)
                nights = end - start
                total = price * nights - (price if nights >= 7 else 0)
                return bid, room, total
        raise Overbooked(f"no {kind} room for {guest} on days {start}-{end}")
    def cancel(self, bid):
        return self.bookings.pop(bid)
    def occupancy(self, days):
        return [sum(1 for (_, s, e, _) in self.bookings.values() if s <= d < e) for d in range(days)]
h = Hotel({101: ("single", 80), 102: ("single", 80), 201: ("double", 120), 202: ("double", 130), 301: ("suite", 300)})
requests = [("ann", "single", 0, 3), ("bob", "single", 1, 4), ("cy", "single", 2, 5), ("dee", "double", 0, 7), ("eve", "suite", 3, 10),
            ("fay", "double", 5, 6), ("gus", "double", 6, 8), ("hal", "single", 3, 3), ("ivy", "suite", 9, 12)]
for r in requests:
    try:
        print(r, "->", h.book(*r))
    except (Overbooked, ValueError) as e:
        print(r, "->", type(e).__name__, e)
print("cancel", h.cancel(2))
print(("cy", "single", 2, 5), "->", h.book("cy", "single", 2, 5))
print("occupancy", h.occupancy(12))
for bid, (room, s, e, guest) in sorted(h.bookings.items()):
    print(f"  #{bid} room {room} days {s}-{e} {guest}")
