from __future__ import annotations
def f(a: list[int], b: dict[str, "X"] = None) -> tuple[int, ...]:
    return a
class C:
    attr: int | None = None
print(f.__annotations__, C.__annotations__)
