# Uncaught custom exception with a __str__ and a module-qualified name.
class BankError(Exception):
    def __init__(self, account, amount):
        self.account, self.amount = account, amount
    def __str__(self):
        return f"account {self.account} cannot cover {self.amount}"
print("processing")
raise BankError("ACC-1", 250)
