def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("value", e.exceptions)
    except* TypeError:
        print("type")
f()
