# A round-robin task scheduler built on generators (cooperative multitasking) with a shared bank account.
class Scheduler:
    def __init__(self):
        self.ready = []
        self.tick = 0
        self.log = []
    def spawn(self, name, gen):
        self.ready.append((name, gen))
    def run(self):
        while self.ready:
            name, gen = self.ready.pop(0)
            self.tick += 1
            try:
                msg = next(gen)
                if msg:
                    self.log.append(f"t{self.tick:02d} {name}: {msg}")
                self.ready.append((name, gen))
            except StopIteration as e:
                self.log.append(f"t{self.tick:02d} {name} finished -> {e.value}")
account = {"balance": 100}
def depositor(n, amount):
    for i in range(n):
        bal = account["balance"]
        yield f"read {bal}"
        account["balance"] = bal + amount
        yield f"wrote {account['balance']}"
    return "deposits done"
def withdrawer(n, amount):
    done = 0
    for i in range(n):
        if account["balance"] >= amount:
            account["balance"] -= amount
            done += 1
            yield f"withdrew {amount}, left {account['balance']}"
        else:
            yield "insufficient funds, waiting"
    return f"{done} withdrawals"
def auditor(rounds):
    seen = []
    for _ in range(rounds):
        seen.append(account["balance"])
        yield None
    return f"audit saw {seen}"
s = Scheduler()
s.spawn("dep", depositor(3, 50))
s.spawn("wd", withdrawer(5, 80))
s.spawn("audit", auditor(6))
s.run()
print("\n".join(s.log))
print("final balance", account["balance"], "ticks", s.tick)
