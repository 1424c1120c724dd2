# The native _struct module: calcsize/pack/unpack/pack_into/unpack_from/iter_unpack, Struct
# objects, every format character and byte order, native alignment, struct.error messages.
import _struct as struct

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

# sizes and alignment
for fmt in ['', 'x', 'c', 'b', 'B', '?', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N',
            'e', 'f', 'd', 's', '5s', 'p', 'P', 'ci', 'bi0q', 'b0i', 'i0s', 'c?e', 'be', '2 i',
            ' i ', '3x2h', '10c', 'hhi', 'bqb', 'bdb0d']:
    sizes = []
    for order in '@=<>!':
        try:
            sizes.append(struct.calcsize(order + fmt))
        except struct.error as e:
            sizes.append(str(e))
    print(repr(fmt), sizes)
t('calcsize bytes', lambda: struct.calcsize(b'<ih'))
t('calcsize bad', lambda: struct.calcsize('z'))
t('calcsize count only', lambda: struct.calcsize('3'))
t('calcsize order late', lambda: struct.calcsize('i<'))
t('calcsize int', lambda: struct.calcsize(5))
t('calcsize huge', lambda: struct.calcsize('99999999999999999999i'))
t('calcsize big', lambda: struct.calcsize('1000000000i'))

# round trips
vals = {'b': [-128, 0, 127], 'B': [0, 255], 'h': [-32768, 32767], 'H': [0, 65535],
        'i': [-2**31, 2**31 - 1], 'I': [0, 2**32 - 1], 'l': [-2**31, 2**31 - 1],
        'L': [0, 2**32 - 1], 'q': [-2**63, 2**63 - 1], 'Q': [0, 2**64 - 1],
        'e': [0.0, -0.0, 1.5, 65504.0, 6.1e-05, 5.96e-08, float('inf')],
        'f': [0.0, 1.5, -2.25, 3.4e38, 1e-45], 'd': [0.1, -1e308, 5e-324]}
for code, vs in vals.items():
    for order in '@<>':
        for v in vs:
            b = struct.pack(order + code, v)
            print(order + code, v, b.hex(), struct.unpack(order + code, b))
for code in 'nNP':
    print(code, struct.pack(code, 5).hex(), struct.unpack(code, struct.pack(code, 5)))
print(struct.pack('P', -1).hex(), struct.unpack('P', b'\xff' * 8))
print(struct.pack('<?????', True, False, 0, [1], ''), struct.unpack('<3?', b'\x00\x01\x05'))
print(struct.pack('cc', b'a', b'\xff'), struct.unpack('2c', b'xy'))
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcd'), struct.pack('0s', b'x'), struct.pack('s', bytearray(b'q')))
print(struct.pack('5p', b'ab'), struct.pack('3p', b'abcdef'), struct.pack('0p', b'x'), struct.pack('p', b'abc'))
print(struct.pack('300p', b'a' * 300)[:3], struct.unpack('3p', b'\x09ab'), struct.unpack('4p', b'\x02abc'))
print(struct.pack('<h3xh', 1, 2), struct.pack('@bi', 1, 2), struct.pack('>bi', 1, 2))
print(struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x00\xfc'), struct.unpack('<e', b'\x01\x00'))
print(struct.pack('<e', 65519.99).hex(), struct.pack('<e', 2.98e-8).hex(), struct.pack('<e', 2.99e-8).hex())
print(struct.pack('<e', 1.0009765625).hex(), struct.pack('<e', 1.00048828125).hex(), struct.pack('<e', 1.00146484375).hex())
print(struct.pack('f', 1e300).hex(), struct.pack('<d', float('-inf')).hex())
print(struct.unpack('<f', struct.pack('<f', 0.1)), struct.unpack('>d', struct.pack('>d', 0.1)))

class I:
    def __index__(self):
        return 7
class F:
    def __float__(self):
        return 2.5
print(struct.pack('<i', I()), struct.pack('<d', F()), struct.pack('<f', I()), struct.pack('<i', True))

# integer range errors, by table
for fmt, v in [('b', 200), ('B', -1), ('h', 1 << 20), ('H', -1), ('i', 2**40), ('I', -1), ('I', 2**40),
               ('l', 2**70), ('L', -1), ('q', 2**70), ('Q', -1), ('n', 2**70), ('N', -1), ('P', 2**64),
               ('P', -2**63 - 1), ('<b', -129), ('<B', 256), ('<h', 2**15), ('<H', -1), ('<i', 2**31),
               ('<I', 2**32), ('<l', 2**31), ('<L', 2**32), ('<L', -1), ('<q', 2**63), ('<Q', -1),
               ('>h', 2**15), ('>H', 2**16), ('>H', -1), ('>i', -2**31 - 1), ('>I', -1), ('>l', 2**33),
               ('>L', 2**33), ('>q', 2**63), ('>q', -2**63 - 1), ('>Q', -1), ('>Q', 2**64),
               ('!i', 2**31), ('=l', 2**31), ('=L', 2**32), ('i', 1.5), ('i', 'a'), ('>q', 1.5),
               ('e', 'a'), ('<d', 'x'), ('<e', 1e300), ('<f', 1e300), ('e', 65520.0), ('c', b'ab'),
               ('c', 'a'), ('c', bytearray(b'a')), ('5s', 'a'), ('p', 1), ('s', memoryview(b'a'))]:
    t(fmt, lambda: struct.pack(fmt, v))

t('pack none', lambda: struct.pack())
t('pack few', lambda: struct.pack('i'))
t('pack many', lambda: struct.pack('i', 1, 2))
t('pack x', lambda: struct.pack('x'))
t('pack n std', lambda: struct.pack('<n', 1))
t('unpack size', lambda: struct.unpack('i', b'abc'))
t('unpack str', lambda: struct.unpack('<h', 'ab'))
t('unpack args', lambda: struct.unpack('h'))
t('unpack bytearray', lambda: struct.unpack('<h', bytearray(b'\x01\x00')))
t('unpack memoryview', lambda: struct.unpack('<h', memoryview(b'\x01\x02')))
t('unpack_from', lambda: struct.unpack_from('<h', b'xx\x01\x00', 2))
t('unpack_from kw', lambda: struct.unpack_from('b', buffer=b'a', offset=0))
t('unpack_from missing', lambda: struct.unpack_from('h'))
t('unpack_from short', lambda: struct.unpack_from('i', b'abc', 1))
t('unpack_from neg', lambda: struct.unpack_from('<h', b'abcd', -2))
t('unpack_from neg short', lambda: struct.unpack_from('i', b'abcdefg', -1))
t('unpack_from neg range', lambda: struct.unpack_from('<h', b'\x01\x00', -5))
t('unpack_from far', lambda: struct.unpack_from('<h', b'\x01\x00', 5))
t('unpack_from bad offset', lambda: struct.unpack_from('b', b'a', 'x'))
for args in [(0, 1), (2, 5), (-2, 7), (-3, 1), (-6, 5), (6, 1)]:
    buf = bytearray(4)
    t('pack_into %r' % (args,), lambda: (struct.pack_into('<h', buf, *args), bytes(buf)))
t('pack_into bytes', lambda: struct.pack_into('i', bytes(8), 0, 1))
t('pack_into no buffer', lambda: struct.pack_into('h'))
t('pack_into no offset', lambda: struct.pack_into('h', bytearray(2)))
t('pack_into items', lambda: struct.pack_into('<2h', bytearray(4), 0, 1))
mv = memoryview(bytearray(4))
t('pack_into memoryview', lambda: (struct.pack_into('<h', mv, 1, 258), mv.tobytes()))
t('pack_into ro memoryview', lambda: struct.pack_into('b', memoryview(b'ab'), 0, 5))
t('iter_unpack', lambda: list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')))
t('iter_unpack bad len', lambda: struct.iter_unpack('i', b'abcde'))
t('iter_unpack zero', lambda: struct.iter_unpack('', b''))
it = struct.iter_unpack('b', b'abc')
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())

# Struct objects
s = struct.Struct('<2h')
print(s.format, s.size, s.pack(1, 2), s.unpack(b'\x01\x00\x02\x00'), s.unpack_from(b'xx\x01\x00\x02\x00', offset=2))
print(list(s.iter_unpack(b'\x01\x00\x02\x00' * 2)))
buf = bytearray(6); s.pack_into(buf, 2, 7, 8); print(buf)
print(struct.Struct(b'>q').format, struct.Struct(format='b').size, type(s).__name__, type(s).__module__)
t('Struct()', lambda: struct.Struct())
t('Struct(5)', lambda: struct.Struct(5))
t('Struct bad', lambda: struct.Struct('z'))
t('Struct pack', lambda: s.pack(1))
t('Struct unpack', lambda: s.unpack())
t('Struct unpack_from', lambda: s.unpack_from())
t('Struct pack_into', lambda: s.pack_into())
class MyStruct(struct.Struct):
    pass
m = MyStruct('<i')
print(type(m).__name__, m.size, m.pack(5))
print(struct.error.__name__, struct.error.__module__, issubclass(struct.error, Exception), struct._clearcache())
