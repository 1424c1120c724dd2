"""Fibonacci numbers, three ways: the program the README runs first."""


def fib_recursive(n: int) -> int:
    return n if n < 2 else fib_recursive(n - 1) + fib_recursive(n - 2)


def fib_iterative(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_generator():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


if __name__ == "__main__":
    gen = fib_generator()
    first = [next(gen) for _ in range(10)]
    assert first == [fib_iterative(i) for i in range(10)]
    print(f"fib(30) = {fib_recursive(30)}; first ten: {first!r}")
