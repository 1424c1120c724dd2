# Double-entry bookkeeping with integer cents: journal entries, balance checks, trial balance and income statement.
class UnbalancedEntry(Exception):
    pass
ACCOUNTS = {"cash": "asset", "receivables": "asset", "equipment": "asset", "payables": "liability", "loan": "liability",
            "capital": "equity", "sales": "income", "rent": "expense", "wages": "expense", "interest": "expense"}
ledger = {a: 0 for a in ACCOUNTS}
journal = []
def post(date, memo, *lines):
    debit = sum(amt for acct, amt in lines if amt > 0)
    credit = -sum(amt for acct, amt in lines if amt < 0)
    if debit != credit:
        raise UnbalancedEntry(f"{date} {memo}: debits {debit} != credits {credit}")
    for acct, amt in lines:
        if acct not in ACCOUNTS:
            raise KeyError(acct)
        ledger[acct] += amt
    journal.append((date, memo, lines))
def money(c):
    sign = "-" if c < 0 else ""
    c = abs(c)
    return f"{sign}{c // 100:,}.{c % 100:02d}"
entries = [
    ("01-01", "owner investment", ("cash", 5000000), ("capital", -5000000)),
    ("01-02", "buy equipment", ("equipment", 1250050), ("cash", -250050), ("loan", -1000000)),
    ("01-05", "invoice client", ("receivables", 375000), ("sales", -375000)),
    ("01-10", "cash sale", ("cash", 98765), ("sales", -98765)),
    ("01-15", "pay rent", ("rent", 150000), ("cash", -150000)),
    ("01-20", "client pays", ("cash", 200000), ("receivables", -200000)),
    ("01-25", "wages owed", ("wages", 320000), ("payables", -320000)),
    ("01-31", "loan interest", ("interest", 8333), ("cash", -8333)),
    ("01-31", "typo entry", ("cash", 100), ("sales", -10)),
    ("01-31", "bad account", ("petty", 100), ("cash", -100)),
]
for date, memo, *lines in entries:
    try:
        post(date, memo, *lines)
        print(f"posted {date} {memo}")
    except UnbalancedEntry as e:
        print("rejected:", e)
    except KeyError as e:
        print("rejected: unknown account", e)
print(f"{'account':12} {'type':10} {'balance':>14}")
for acct in ACCOUNTS:
    print(f"{acct:12} {ACCOUNTS[acct]:10} {money(ledger[acct]):>14}")
print("trial balance sums to", sum(ledger.values()))
income = -sum(v for a, v in ledger.items() if ACCOUNTS[a] == "income")
expense = sum(v for a, v in ledger.items() if ACCOUNTS[a] == "expense")
print("income", money(income), "expense", money(expense), "net", money(income - expense))
assets = sum(v for a, v in ledger.items() if ACCOUNTS[a] == "asset")
liab_eq = -sum(v for a, v in ledger.items() if ACCOUNTS[a] in ("liability", "equity"))
print("assets", money(assets), "= liabilities+equity+net", money(liab_eq + income - expense), assets == liab_eq + income - expense)
print(len(journal), journal[-1][:2])
