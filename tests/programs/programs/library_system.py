# A library lending system: books, members, loans with due days, fines, reservations queue, and reports.
class LibraryError(Exception):
    pass
class Book:
    def __init__(self, isbn, title, copies):
        self.isbn, self.title, self.copies = isbn, title, copies
        self.out = 0
        self.queue = []
    @property
    def available(self):
        return self.copies - self.out
class Member:
    def __init__(self, name, limit=2):
        self.name, self.limit = name, limit
        self.loans = {}
        self.fines = 0
class Library:
    FINE_PER_DAY = 25
    def __init__(self):
        self.books, self.members, self.day, self.events = {}, {}, 0, []
    def add_book(self, isbn, title, copies=1):
        self.books[isbn] = Book(isbn, title, copies)
    def join(self, name, limit=2):
        self.members[name] = Member(name, limit)
    def lend(self, name, isbn, days=14):
        m, b = self.members[name], self.books[isbn]
        if m.fines > 100:
            raise LibraryError(f"{name} owes {m.fines} cents")
        if len(m.loans) >= m.limit:
            raise LibraryError(f"{name} reached the limit of {m.limit}")
        if b.available == 0:
            if name not in b.queue:
                b.queue.append(name)
            raise LibraryError(f"'{b.title}' unavailable; {name} is #{b.queue.index(name) + 1} in queue")
        if b.queue and b.queue[0] != name:
            raise LibraryError(f"'{b.title}' is reserved for {b.queue[0]}")
        if b.queue and b.queue[0] == name:
            b.queue.pop(0)
        b.out += 1
        m.loans[isbn] = self.day + days
        self.events.append((self.day, "lend", name, isbn))
    def give_back(self, name, isbn):
        m, b = self.members[name], self.books[isbn]
        due = m.loans.pop(isbn)
        late = max(0, self.day - due)
        m.fines += late * self.FINE_PER_DAY
        b.out -= 1
        self.events.append((self.day, "return", name, isbn, late))
        return late
    def advance(self, days):
        self.day += days
lib = Library()
for isbn, title, n in [("111", "Dune", 1), ("222", "Emma", 2), ("333", "Ulysses", 1)]:
    lib.add_book(isbn, title, n)
for name in ["ann", "bob", "cy"]:
    lib.join(name)
script = [("lend", "ann", "111"), ("lend", "bob", "111"), ("lend", "cy", "111"), ("lend", "ann", "222"), ("lend", "ann", "333"),
          ("advance", 20), ("return", "ann", "111"), ("lend", "cy", "111"), ("lend", "bob", "111"), ("advance", 10),
          ("return", "ann", "222"), ("lend", "ann", "333"), ("advance", 30), ("return", "bob", "111"), ("lend", "bob", "111"),
          ("return", "ann", "333"), ("lend", "ann", "111")]
for step in script:
    try:
        if step[0] == "advance":
            lib.advance(step[1])
            print(f"day {lib.day}")
        elif step[0] == "lend":
            lib.lend(step[1], step[2])
            print(f"  {step[1]} borrows {lib.books[step[2]].title}")
        else:
            late = lib.give_back(step[1], step[2])
            print(f"  {step[1]} returns {lib.books[step[2]].title} ({late} days late)")
    except LibraryError as e:
        print("  refused:", e)
    except KeyError as e:
        print("  no such loan:", e)
for name, m in lib.members.items():
    print(name, sorted(m.loans.items()), m.fines)
for isbn, b in lib.books.items():
    print(isbn, b.title, b.available, b.queue)
print(len(lib.events), lib.events[-3:])
