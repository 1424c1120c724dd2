# The 4300-digit limit on int <-> decimal str conversion in 3.11.
import sys
print(sys.get_int_max_str_digits())
s = "7" * 4300
n = int(s)
print(len(str(n)), str(n)[:10])
try:
    int("7" * 4301)
except ValueError as e:
    print("ValueError:", e)
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print("ValueError:", e)
print(len(hex(big)), hex(big)[:12])
print(int("f" * 5000, 16) % 1000)
sys.set_int_max_str_digits(6000)
print(len(str(big)))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 9000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
