# Mutual recursion: alternating frames are not collapsed (CPython only collapses identical consecutive entries).
def ping(n):
    if n == 0:
        raise RuntimeError("bottom reached")
    return pong(n - 1)
def pong(n):
    return ping(n)
ping(30)
