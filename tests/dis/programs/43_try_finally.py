def f():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("finally", i)
    try:
        return "ret"
    finally:
        print("last")
print(f())
