# Bank account simulation: classes, transactions log, overdraft rules, interest, transfers.
class InsufficientFunds(Exception):
    pass
class Account:
    next_id = 1000
    def __init__(self, owner, balance=0):
        self.id = Account.next_id
        Account.next_id += 1
        self.owner = owner
        self.balance = balance
        self.log = [("open", balance)]
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive: {amount}")
        self.balance += amount
        self.log.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.limit():
            raise InsufficientFunds(f"{self.owner} has {self.balance}, needs {amount}")
        self.balance -= amount
        self.log.append(("withdraw", amount))
    def limit(self):
        return self.balance
    def month_end(self):
        pass
    def __repr__(self):
        return f"{type(self).__name__}#{self.id}({self.owner}, {self.balance})"
class Checking(Account):
    overdraft = 100
    def limit(self):
        return self.balance + self.overdraft
    def month_end(self):
        if self.balance < 0:
            fee = 15
            self.balance -= fee
            self.log.append(("fee", fee))
class Savings(Account):
    rate_bp = 125
    def month_end(self):
        interest = self.balance * self.rate_bp // 10000
        self.balance += interest
        self.log.append(("interest", interest))
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, kind, owner, amount):
        acct = kind(owner, amount)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        b.deposit(amount)
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
alice = bank.open(Checking, "alice", 500)
bob = bank.open(Savings, "bob", 10000)
carol = bank.open(Checking, "carol", 20)
print(bank.accounts)
ops = [("transfer", alice.id, bob.id, 200), ("transfer", carol.id, alice.id, 110), ("transfer", carol.id, alice.id, 50),
       ("deposit", bob.id, 333), ("deposit", alice.id, -5), ("withdraw", bob.id, 20000), ("transfer", bob.id, carol.id, 1000)]
for op in ops:
    try:
        if op[0] == "transfer":
            bank.transfer(*op[1:])
        elif op[0] == "deposit":
            bank.accounts[op[1]].deposit(op[2])
        else:
            bank.accounts[op[1]].withdraw(op[2])
        print("ok  ", op, bank.total())
    except (InsufficientFunds, ValueError) as e:
        print("fail", op, type(e).__name__, e)
for month in range(1, 4):
    for a in bank.accounts.values():
        a.month_end()
    print("month", month, bank.accounts, bank.total())
for a in bank.accounts.values():
    print(a.owner, a.log)
