# Two-way generator protocols: a running-statistics coroutine, a tokenizer that accepts pushback, and a ping-pong pair.
def stats():
    n = total = 0
    lo = hi = None
    result = None
    while True:
        cmd = yield result
        if cmd == "reset":
            n = total = 0
            lo = hi = None
            result = "reset"
            continue
        n += 1
        total += cmd
        lo = cmd if lo is None else min(lo, cmd)
        hi = cmd if hi is None else max(hi, cmd)
        result = (n, total, lo, hi, round(total / n, 3))
s = stats()
next(s)
for v in [5, 3, 9, 1]:
    print(s.send(v))
print(s.send("reset"), s.send(10))
def pushback_tokens(text):
    words = text.split()
    i = 0
    while i < len(words):
        back = yield words[i]
        if back is not None:
            yield "ack"
            words.insert(i + 1, back)
        i += 1
t = pushback_tokens("alpha beta gamma")
out = [next(t)]
print(t.send("inserted"), end=" ")
out += list(t)
print(out)
def player(name, rounds):
    msg = yield f"{name} ready"
    for i in range(rounds):
        msg = yield f"{name} returns {msg} #{i}"
    return f"{name} done"
ping, pong = player("ping", 3), player("pong", 3)
print(next(ping), next(pong))
ball = "serve"
for _ in range(3):
    ball = ping.send(ball)
    print(ball)
    ball = pong.send(ball)
    print(ball)
for g in (ping, pong):
    try:
        g.send("last")
    except StopIteration as e:
        print(e.value)
