# A command-driven todo manager: parses textual commands, manages priorities/tags, prints reports.
COMMANDS = """
add 3 write report #work
add 1 buy milk #home #shop
add 2 call mom #home
add 5 fix bug 42 #work #urgent
list
done 2
tag 1 #weekend
add x broken priority
remove 9
prio 4 1
list
report
undo
undo
list
clear
list
"""
class Todo:
    def __init__(self):
        self.items = {}
        self.next_id = 1
        self.undo_stack = []
    def snapshot(self):
        self.undo_stack.append(({k: dict(v, tags=list(v["tags"])) for k, v in self.items.items()}, self.next_id))
    def run(self, line):
        cmd, _, rest = line.partition(" ")
        handler = getattr(self, "cmd_" + cmd, None)
        if handler is None:
            raise ValueError(f"unknown command {cmd!r}")
        return handler(rest)
    def cmd_add(self, rest):
        prio, _, text = rest.partition(" ")
        prio = int(prio)
        words = text.split()
        tags = sorted(w[1:] for w in words if w.startswith("#"))
        title = " ".join(w for w in words if not w.startswith("#"))
        self.snapshot()
        self.items[self.next_id] = {"title": title, "prio": prio, "tags": tags, "done": False}
        self.next_id += 1
        return f"added #{self.next_id - 1}"
    def _get(self, rest):
        i = int(rest.split()[0])
        if i not in self.items:
            raise KeyError(i)
        return i
    def cmd_done(self, rest):
        i = self._get(rest)
        self.snapshot()
        self.items[i]["done"] = True
        return f"done #{i}"
    def cmd_tag(self, rest):
        i = self._get(rest)
        self.snapshot()
        self.items[i]["tags"] = sorted(set(self.items[i]["tags"]) | {rest.split()[1][1:]})
        return f"tagged #{i}"
    def cmd_prio(self, rest):
        i = self._get(rest)
        self.snapshot()
        self.items[i]["prio"] = int(rest.split()[1])
        return f"prio #{i}"
    def cmd_remove(self, rest):
        i = self._get(rest)
        self.snapshot()
        del self.items[i]
        return f"removed #{i}"
    def cmd_list(self, rest):
        rows = sorted(self.items.items(), key=lambda kv: (kv[1]["done"], -kv[1]["prio"], kv[0]))
        return "\n".join(f"  [{'x' if v['done'] else ' '}] #{k} p{v['prio']} {v['title']} {' '.join('#' + t for t in v['tags'])}".rstrip()
                         for k, v in rows) or "  (empty)"
    def cmd_report(self, rest):
        by_tag = {}
        for v in self.items.values():
            for t in v["tags"]:
                by_tag.setdefault(t, [0, 0])[v["done"]] += 1
        return "  " + ", ".join(f"{t}: {o} open/{d} done" for t, (o, d) in sorted(by_tag.items()))
    def cmd_undo(self, rest):
        if not self.undo_stack:
            return "nothing to undo"
        self.items, self.next_id = self.undo_stack.pop()
        return "undone"
    def cmd_clear(self, rest):
        self.snapshot()
        self.items = {}
        return "cleared"
t = Todo()
for line in COMMANDS.strip().splitlines():
    try:
        print(f"> {line}\n{t.run(line)}")
    except (ValueError, KeyError) as e:
        print(f"> {line}\nerror: {type(e).__name__}: {e}")
