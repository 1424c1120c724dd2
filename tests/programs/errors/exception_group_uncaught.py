# An uncaught ExceptionGroup prints the nested tree format.
def task(n):
    if n % 2:
        raise ValueError(f"task {n} failed")
    return n
errors = []
for n in range(5):
    try:
        print("task", task(n))
    except ValueError as e:
        errors.append(e)
raise ExceptionGroup("some tasks failed", errors)
