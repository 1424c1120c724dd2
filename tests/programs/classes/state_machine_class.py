# A traffic-light / vending machine state machine using classes as states and a transition table.
class State:
    name = "?"
    def on(self, machine, event):
        raise ValueError(f"{self.name}: cannot handle {event!r}")
    def __repr__(self):
        return self.name
class Idle(State):
    name = "idle"
    def on(self, m, event):
        if event[0] == "coin":
            m.credit += event[1]
            return HasCredit()
        return super().on(m, event)
class HasCredit(State):
    name = "credit"
    def on(self, m, event):
        kind = event[0]
        if kind == "coin":
            m.credit += event[1]
            return self
        if kind == "select":
            item = event[1]
            if item not in m.stock or m.stock[item][1] == 0:
                m.log.append(f"{item} unavailable")
                return self
            price = m.stock[item][0]
            if m.credit < price:
                m.log.append(f"need {price - m.credit} more for {item}")
                return self
            m.credit -= price
            m.stock[item] = (price, m.stock[item][1] - 1)
            m.log.append(f"vend {item}")
            return HasCredit() if m.credit else Idle()
        if kind == "refund":
            m.log.append(f"refund {m.credit}")
            m.credit = 0
            return Idle()
        return super().on(m, event)
class Machine:
    def __init__(self, stock):
        self.state, self.credit, self.stock, self.log = Idle(), 0, dict(stock), []
    def feed(self, event):
        before = self.state
        try:
            self.state = self.state.on(self, event)
        except ValueError as e:
            self.log.append(f"error: {e}")
        print(f"{str(before):7} --{event}--> {str(self.state):7} credit={self.credit}")
m = Machine({"cola": (150, 2), "chips": (100, 1), "gum": (50, 0)})
for ev in [("select", "cola"), ("coin", 100), ("select", "cola"), ("coin", 100), ("select", "cola"), ("select", "chips"),
           ("coin", 100), ("select", "chips"), ("select", "gum"), ("refund",), ("coin", 500), ("select", "cola"),
           ("select", "cola"), ("refund",), ("refund",)]:
    m.feed(ev)
print(m.log)
print(m.stock)
