import numpy as np, array
m = memoryview(bytearray(4))
for v in [256, -1, 1.5, 'a', b'a', True, np.int64(3), np.float64(2.0), None]:
    try:
        m[0] = v; print('ok', repr(v), m.tolist())
    except Exception as e: print(type(e).__name__, e)
d = memoryview(array.array('d', [1.0, 2.0]))
for v in [3, True, 'x', np.float32(1.5)]:
    try:
        d[0] = v; print('ok', repr(v), d.tolist())
    except Exception as e: print(type(e).__name__, e)
l = memoryview(np.zeros(3, dtype=np.int32))
for v in [2**31, -2**31, 1.0, np.int64(5)]:
    try:
        l[1] = v; print('ok', repr(v), l.tolist())
    except Exception as e: print(type(e).__name__, e)
try: m[10]
except IndexError as e: print('IndexError', e)
try: m[1:3] = b'abc'
except ValueError as e: print('ValueError', e)
m[1:3] = b'xy'; print(m.tolist())
m[::2] = bytearray(b'12'); print(m.tolist())
try: m['a']
except TypeError as e: print('TypeError', e)
try: m[1.0]
except TypeError as e: print('TypeError', e)
print(m[np.int64(1)])
c = m.cast('c')
c[0] = b'z'; print(m.tolist())
try: c[0] = 5
except Exception as e: print(type(e).__name__, e)
b = memoryview(np.array([True, False]))
print(b.format, b.tolist(), b[0])
f = memoryview(np.array([1.5], dtype=np.float32)); print(f.format, f.tolist())
u = memoryview(np.array([1, 2], dtype=np.uint64)); print(u.format)
i8 = memoryview(np.array([1], dtype=np.int8)); print(i8.format, memoryview(np.array([1],dtype=np.int16)).format, memoryview(np.array([1],dtype=np.uint16)).format, memoryview(np.array([1],dtype=np.uint32)).format)
print(memoryview(array.array('q',[1])).format, memoryview(array.array('L',[1])).format)
z = memoryview(np.zeros((2,3))); print(len(z), z.nbytes, z[1,1], z.tobytes()[:3], z.cast('B').shape)
try: z[0:1]
except Exception as e: print(type(e).__name__, e)
print(z[0:1].shape)
pass
except Exception as e: print(type(e).__name__, e)
zz = memoryview(np.array(5)); print(zz.shape, zz.ndim, zz.tolist(), zz[()])
try: list(z)
except Exception as e: print(type(e).__name__, e)
print(memoryview(b'abc').toreadonly().readonly, memoryview(bytearray(b'a')).toreadonly().obj)
ba = bytearray(b'ab')
with memoryview(ba) as w:
    print(w[0])
ba.append(3); print(ba)
print(m.hex(), memoryview(b'\x01\x02\x03').hex('-'), hash(memoryview(b'ab')) == hash(b'ab'))
try: hash(memoryview(bytearray(b'ab')))
except ValueError as e: print('ValueError', e)
print(memoryview(b'abc')[1:] == b'bc', memoryview(np.arange(3)) == [0,1,2], memoryview(np.arange(3)) == memoryview(array.array('l', [0,1,2])))
print(memoryview(np.arange(3.0)) == memoryview(np.arange(3)))
