def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for n in [0, 5, -6, 2**70, -(2**70) - 3, True, False]:
    print(n.real, n.imag, n.numerator, n.denominator, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(), type(n.real).__name__)
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, byteorder='little'), (-1).to_bytes(2, 'big', signed=True), (255).to_bytes(), (0).to_bytes(0, 'big'))
print((-129).to_bytes(2, 'little', signed=True), (127).to_bytes(1, 'big', signed=True))
print(int.from_bytes(b'\x01\x00', 'little'), int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes([1, 2, 3], 'big'), int.from_bytes(b''), (5).from_bytes(b'\x07', 'big'))
t(lambda: (256).to_bytes(1, 'big'))
t(lambda: (-1).to_bytes(1, 'big'))
t(lambda: (128).to_bytes(1, 'big', signed=True))
t(lambda: (1).to_bytes(1, 'middle'))
t(lambda: (1).to_bytes(-1, 'big'))
t(lambda: (5).bit_length(1))
t(lambda: (5).real.__class__)
for x in [0.0, -0.0, 1.5, -2.25, 0.1, 1e300, 5e-324, 3.0, float('inf'), float('nan')]:
    print(x.is_integer(), x.hex(), x.real, x.imag, x.conjugate())
    if x == x and x not in (float('inf'),):
        print(x.as_integer_ratio(), float.fromhex(x.hex()) == x)
for s in ['0x1.8p1', '-0x1p-2', '0X.8', '1', 'inf', '-Infinity', 'nan', '  0x1.ffffffffffffffp0  ', '0x1p-1074', '0x1p-1080', '0xAbC.dEfP+3']:
    print(s, float.fromhex(s))
t(lambda: float.fromhex('0x1p1024'))
t(lambda: float.fromhex('zz'))
t(lambda: float('inf').as_integer_ratio())
t(lambda: float('nan').as_integer_ratio())
t(lambda: (1.5).is_integer(2))
