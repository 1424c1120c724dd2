# An inventory/order system: classes, dict bookkeeping, order validation, reports with formatting.
class OutOfStock(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, have {have}")
        self.sku, self.wanted, self.have = sku, wanted, have
class Product:
    def __init__(self, sku, name, price_cents, qty):
        self.sku, self.name, self.price, self.qty = sku, name, price_cents, qty
    def __repr__(self):
        return f"Product({self.sku!r}, {self.name!r}, {self.price}, {self.qty})"
class Inventory:
    def __init__(self):
        self.items = {}
        self.history = []
    def add(self, p):
        if p.sku in self.items:
            self.items[p.sku].qty += p.qty
        else:
            self.items[p.sku] = p
        self.history.append(("add", p.sku, p.qty))
    def order(self, lines):
        for sku, n in lines:
            if sku not in self.items:
                raise KeyError(sku)
            if self.items[sku].qty < n:
                raise OutOfStock(sku, n, self.items[sku].qty)
        total = 0
        for sku, n in lines:
            self.items[sku].qty -= n
            total += n * self.items[sku].price
            self.history.append(("sell", sku, n))
        discount = total // 10 if total >= 10000 else 0
        return total - discount, discount
    def report(self):
        lines = [f"{'SKU':<6}{'Name':<14}{'Price':>9}{'Qty':>5}{'Value':>11}"]
        total = 0
        for sku in sorted(self.items):
            p = self.items[sku]
            value = p.price * p.qty
            total += value
            lines.append(f"{sku:<6}{p.name:<14}{p.price / 100:>9.2f}{p.qty:>5}{value / 100:>11,.2f}")
        lines.append(f"{'TOTAL':<34}{total / 100:>11,.2f}")
        return "\n".join(lines)
inv = Inventory()
for p in [Product("A1", "widget", 250, 100), Product("B2", "gadget", 1999, 10), Product("C3", "doohickey", 75, 1000),
          Product("D4", "thingamajig", 12500, 2), Product("A1", "widget", 250, 20)]:
    inv.add(p)
print(inv.report())
orders = [[("A1", 10), ("C3", 100)], [("B2", 11)], [("D4", 1), ("B2", 5)], [("Z9", 1)], [("A1", 110), ("C3", 1)],
          [("D4", 1), ("D4", 1)]]
for o in orders:
    try:
        total, disc = inv.order(o)
        print(f"order {o}: total {total / 100:.2f} (discount {disc / 100:.2f})")
    except OutOfStock as e:
        print(f"order {o}: out of stock -> {e} [{e.sku} {e.wanted} {e.have}]")
    except KeyError as e:
        print(f"order {o}: unknown sku {e}")
print(inv.report())
sold = {}
for kind, sku, n in inv.history:
    if kind == "sell":
        sold[sku] = sold.get(sku, 0) + n
print(sold, len(inv.history))
