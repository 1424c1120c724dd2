# A caught exception kept in a local of the frame that raised it makes a cycle (exception ->
# traceback -> frame -> locals -> exception), which the cycle collector frees.
import gc

class Tracked:
    count = 0
    def __init__(self):
        Tracked.count += 1
    def __del__(self):
        Tracked.count -= 1

def cyclic():
    keep = Tracked()
    try:
        raise RuntimeError("cycle")
    except RuntimeError as e:
        saved = e
    return None

for _ in range(5):
    cyclic()
gc.collect()
print("alive after collect:", Tracked.count)
