# hash() of ints, floats, complex, tuples, frozensets, None-free: must match CPython's numeric hash.
import sys
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag, sys.hash_info.algorithm in ("siphash13", "siphash24", "fnv"))
ints = [0, 1, -1, -2, 2**31, 2**32 + 7, 2**61 - 2, 2**61 - 1, 2**61, 2**62, 2**64 + 3, -(2**61), 10**30, -10**30, 123456789123456789]
print([hash(i) for i in ints])
floats = [0.0, -0.0, 0.5, -0.5, 1.25, 3.141592653589793, 1e10, 1e-10, 1e300, -1e300, 2.0**60, 2.0**61, 2.0**62, 1/3]
print([hash(f) for f in floats])
print([hash(f) == hash(int(f)) for f in (1.0, 2.0**61, 2.0**70, -5.0)])
print([hash(c) for c in (1j, 1 + 1j, -3.5 + 2j, complex(2, 0), complex(0, -1))])
tuples = [(), (0,), (1, 2), (2, 1), ((1,), 2), (1, (2, 3)), (1.5, -2, 3 + 4j), tuple(range(10))]
print([hash(t) for t in tuples])
print([hash(frozenset(s)) for s in ([], [1], [1, 2], [2, 1], range(10), [(1, 2), (3, 4)])])
print(hash(True), hash(False), hash(float("inf")), hash(float("-inf")))
print(hash(2**61 - 1) == 0, hash(-(2**61 - 1)) == 0, hash(2**61) == 1)
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
print([hash(H(v)) for v in (0, -1, -2, 2**61 - 1, 2**61, 2**64, -(2**64))])
