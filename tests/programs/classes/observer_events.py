# Observer pattern with bound methods as callbacks, unsubscription, event payloads, and ordering guarantees.
class EventBus:
    def __init__(self):
        self.handlers = {}
    def on(self, event, handler, priority=0):
        self.handlers.setdefault(event, []).append((priority, len(self.handlers.get(event, [])), handler))
        self.handlers[event].sort(key=lambda t: (-t[0], t[1]))
        return lambda: self.off(event, handler)
    def off(self, event, handler):
        before = len(self.handlers.get(event, []))
        self.handlers[event] = [t for t in self.handlers.get(event, []) if t[2] != handler]
        return before - len(self.handlers[event])
    def emit(self, event, **payload):
        results = []
        for _, _, h in list(self.handlers.get(event, [])):
            r = h(event, **payload)
            results.append(r)
            if r == "stop":
                break
        return results
class Logger:
    def __init__(self, name):
        self.name = name
        self.seen = []
    def handle(self, event, **payload):
        self.seen.append((event, tuple(sorted(payload.items()))))
        return f"{self.name} logged {event}"
class Guard:
    def check(self, event, amount=0, **rest):
        return "stop" if amount > 100 else "ok"
bus = EventBus()
log1, log2 = Logger("audit"), Logger("debug")
bus.on("payment", log1.handle)
unsubscribe = bus.on("payment", log2.handle, priority=-1)
bus.on("payment", Guard().check, priority=10)
bus.on("refund", log1.handle)
print(bus.emit("payment", amount=50, user="ann"))
print(bus.emit("payment", amount=500, user="bob"))
print(bus.emit("refund", amount=20))
print(unsubscribe(), unsubscribe())
print(bus.emit("payment", amount=1))
print(bus.emit("unknown"))
print(log1.seen)
print(log2.seen)
print(log1.handle == log1.handle, log1.handle != log2.handle, bus.off("payment", log1.handle))
