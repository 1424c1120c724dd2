# Date arithmetic written by hand: leap years, day of week (Zeller), days between dates, a month calendar.
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
def days_in(y, m):
    return 29 if m == 2 and is_leap(y) else DAYS[m - 1]
def ordinal(y, m, d):
    y1 = y - 1
    return y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400 + sum(days_in(y, k) for k in range(1, m)) + d
def weekday(y, m, d):
    return (ordinal(y, m, d) - 1) % 7
NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
def zeller(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7
for date in [(1970, 1, 1), (2000, 2, 29), (2024, 7, 4), (1969, 7, 20), (1, 1, 1), (2100, 3, 1), (1600, 12, 31)]:
    print(date, NAMES[weekday(*date)], NAMES[zeller(*date)], ordinal(*date))
print(ordinal(2024, 12, 25) - ordinal(2024, 1, 1), ordinal(2000, 1, 1) - ordinal(1900, 1, 1))
print([y for y in range(1890, 1920) if is_leap(y)], sum(is_leap(y) for y in range(1, 2001)))
def month(y, m):
    print(f"{['January','February','March','April','May','June','July','August','September','October','November','December'][m-1]} {y}".center(20))
    print("Mo Tu We Th Fr Sa Su")
    first = weekday(y, m, 1)
    cells = ["  "] * first + [f"{d:2d}" for d in range(1, days_in(y, m) + 1)]
    for i in range(0, len(cells), 7):
        print(" ".join(cells[i:i + 7]))
month(2024, 2)
month(2023, 10)
fri13 = [(y, m) for y in range(2020, 2027) for m in range(1, 13) if weekday(y, m, 13) == 4]
print(fri13)
