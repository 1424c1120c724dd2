# A scripted text adventure: rooms, items, locked doors, inventory and a parser for simple commands.
ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "shelves of old books", "exits": {"south": "hall", "up": "attic"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": ["bread"]},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": ["wine"], "dark": True},
    "attic": {"desc": "a cramped attic", "exits": {"down": "library"}, "items": ["chest"], "locked": True},
}
class Game:
    def __init__(self):
        self.room = "hall"
        self.inv = []
        self.moves = 0
        self.score = 0
    def look(self):
        r = ROOMS[self.room]
        if r.get("dark") and "lamp" not in self.inv:
            return "It is pitch dark."
        items = ", ".join(r["items"]) or "nothing"
        return f"You are in {r['desc']}. Exits: {', '.join(sorted(r['exits']))}. You see: {items}."
    def do(self, line):
        words = line.lower().split()
        if not words:
            return "Say something."
        verb, *rest = words
        obj = rest[0] if rest else None
        self.moves += 1
        if verb in ("n", "s", "e", "w", "u", "d"):
            verb, obj = "go", {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down"}[verb]
        if verb == "look":
            return self.look()
        if verb == "go":
            dest = ROOMS[self.room]["exits"].get(obj)
            if dest is None:
                return f"You can't go {obj}."
            if ROOMS[dest].get("locked"):
                if "key" in self.inv:
                    ROOMS[dest]["locked"] = False
                    self.score += 10
                    self.room = dest
                    return "You unlock the door with the key. " + self.look()
                return "The way is locked."
            self.room = dest
            return self.look()
        if verb == "take":
            r = ROOMS[self.room]
            if r.get("dark") and "lamp" not in self.inv:
                return "You fumble in the dark."
            if obj in r["items"]:
                if obj == "chest":
                    return "The chest is too heavy."
                r["items"].remove(obj)
                self.inv.append(obj)
                self.score += 5
                return f"Taken: {obj}."
            return f"There is no {obj} here."
        if verb == "drop":
            if obj in self.inv:
                self.inv.remove(obj)
                ROOMS[self.room]["items"].append(obj)
                return f"Dropped: {obj}."
            return f"You don't have {obj}."
        if verb in ("i", "inventory"):
            return "You carry: " + (", ".join(sorted(self.inv)) or "nothing") + "."
        if verb == "open" and obj == "chest" and self.room == "attic":
            self.score += 50
            return "The chest holds a golden krait. You win!"
        return f"I don't understand {line!r}."
g = Game()
script = ["look", "take lamp", "e", "d", "take wine", "u", "w", "n", "take key", "take book", "u", "take chest", "open chest",
          "i", "drop book", "look", "fly", "go west", "", "d", "s", "inventory"]
for cmd in script:
    print(f"> {cmd}")
    print(g.do(cmd))
print("moves", g.moves, "score", g.score, "room", g.room)
