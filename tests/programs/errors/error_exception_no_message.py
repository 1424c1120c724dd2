# Exceptions with no message, and with an empty-string message, print differently.
class Empty(Exception):
    pass
try:
    raise Empty()
except Empty as e:
    print(repr(str(e)))
raise Empty("")
