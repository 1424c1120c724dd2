"""A tour of Python 3.11's syntax, one construct after another (used by the CLI tests to check
`-X dump-ast` against CPython)."""
from __future__ import annotations

import os.path as osp
from collections import *  # noqa: F403
from . import sibling  # relative import (parses; would fail at run time)


@staticmethod
def decorated(a, b=1, /, c=2, *args, d, e=3, **kwargs) -> "str":
    global G
    return f"{a!r:>{b}} {c=} {d:.2f} {'nested'}"


async def coroutine(xs):
    async with ctx() as (x, y), other():
        async for item in xs:
            await item
    return [i async for i in xs if await i]


class Point(Base, metaclass=Meta, **extra):
    """Docstring."""
    x: int = 0
    y: "int"

    def __init__(self, *, x=0, y=0):
        self.x, self.y = x, y
        (z := x + y)
        del self.z, self[0], self[1:2, ::3]


def control(value):
    lam = lambda *a, k=1, **kw: (a, k, kw)
    try:
        pass
    except (TypeError, ValueError) as exc:
        raise RuntimeError("bad") from exc
    else:
        nonlocal_free = 1
    finally:
        assert value, "message"
    try:
        pass
    except* OSError:
        pass
    while value > 0 and not value in () or value is not None:
        value -= 1
        if value % 2:
            continue
        elif value < -3:
            break
    else:
        value **= 2
    match value:
        case 0 | 1 as small:
            return small
        case [first, *rest]:
            return first, rest
        case {"k": v, **others}:
            return v, others
        case Point(x=0, y=yy) if yy > 0:
            return yy
        case -1.5 | 2 + 3j | "s" "t" | b"" if False:
            pass
        case None | True | False | _:
            return None
    x = {**{1: 2}, 3: 4}; s = {1, *[2]}; t = 1,; u = ...
    g = (i * j for i in range(3) for j in range(i) if i if j)
    d = {k: v for k, v in zip("ab", b"cd")}
    n = 0x_ff + 0o17 + 0b1 + 1_000.5e-3 + 10j + 123456789012345678901234567890
    w = "\N{BULLET} \x00 \u00e9 \U0001F600 " 'it\'s' """tri
ple""" r"\raw" u"unicode"
    return x[1:2], -n, ~1, +n, a @ b if x else y, yield_ in (yield), (yield from g)
