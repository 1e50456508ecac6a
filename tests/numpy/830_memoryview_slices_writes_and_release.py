import numpy as np, array
ba = bytearray(b'abcdef')
m = memoryview(ba)
print(m.obj is ba, m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous)
s = m[1:4]
print(s.obj is ba, s.tolist(), bytes(s), s.nbytes, len(s), s.shape)
s[0] = 66
print(ba)
try:
    ba.append(1)
except BufferError as e: print('BufferError', e)
s2 = m[::2]; print(s2.tolist(), s2.strides, s2.c_contiguous, s2.contiguous)
print(bytes(s2), s2.tobytes(), s2.hex())
a = np.frombuffer(m, dtype=np.uint8); print(a.base is m, type(a.base), a.base.obj is ba)
try:
    m.release()
except BufferError as e: print('BufferError', e)
del a
m.release()
try: m[0]
except ValueError as e: print('ValueError', e)
try: ba.append(1)
except BufferError as e: print('BufferError2', e)
del s, s2
ba.append(1); print(ba)
b = memoryview(b'xyz'); print(b.readonly)
try: b[0] = 1
except TypeError as e: print('TypeError', e)
x = np.arange(6)
mx = memoryview(x); print(mx.format, mx.itemsize, mx.shape, mx.strides, mx.obj is x, mx.readonly, mx.tolist())
my = memoryview(x.reshape(2,3)); print(my.tolist(), my.shape, my.strides)
try: my[0]
except NotImplementedError as e: print('NIE', e)
print(my[1, 2])
mz = memoryview(x[::2]); print(mz.shape, mz.strides, mz.c_contiguous, mz.obj is x, mz.obj)
try: mz.cast('B')
except TypeError as e: print('TypeError', e)
c = m.cast('c') if False else memoryview(ba).cast('c'); print(c[0], c.format, c.tolist()[:2])
ar = array.array('i', [1,2,3]); ma = memoryview(ar); print(ma.format, ma.tolist(), ma.cast('B').tolist())
mb = memoryview(bytearray(8)).cast('i'); print(mb.tolist(), mb.shape)
mc = memoryview(bytearray(6)).cast('B', (2,3)); print(mc.tolist(), mc.shape, mc.strides)
try: memoryview(bytearray(6)).cast('i')
except TypeError as e: print('TypeError', e)
try: memoryview(ar).cast('d')
except TypeError as e: print('TypeError', e)
try: memoryview([1])
except TypeError as e: print('TypeError', e)
print(memoryview(b'ab') == b'ab', memoryview(b'ab') == memoryview(bytearray(b'ab')), m == m)
print(list(memoryview(b'ab')), memoryview(x)[-1], type(memoryview(x.astype(float))[0]))
