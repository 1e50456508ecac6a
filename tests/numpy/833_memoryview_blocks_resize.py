import numpy as np
import array

# A memoryview holds its exporter's memory: a bytearray under it cannot grow.
buf = bytearray(b'hello world')
view = memoryview(buf)
word = view[6:]
print(bytes(word), word.obj is buf, word.nbytes)
word[0] = ord('W')
print(buf)
try:
    buf.extend(b'!')
except BufferError as err:
    print('BufferError:', err)
view.release()
try:
    buf += b'!'
except BufferError as err:
    print('still held by word:', err)
del word
buf += b'!'
print(buf, len(buf))

# Released views refuse everything but release().
released = memoryview(b'abc')
released.release()
released.release()
for attempt in (lambda: released[0], lambda: len(released), lambda: released.nbytes,
                lambda: released.tolist(), lambda: bytes(released)):
    try:
        attempt()
    except ValueError as err:
        print('ValueError:', err)
print(released == released, released == b'abc')

# An array.array and a NumPy array export typed items.
nums = array.array('i', [1, 2, 3, 4])
mv = memoryview(nums)
print(mv.format, mv.itemsize, mv.nbytes, mv.tolist())
mv[1] = -7
print(nums)
raw = mv.cast('B')
print(raw.tolist()[:8], len(raw))
try:
    nums.append(5)
except BufferError as err:
    print('BufferError:', err)
raw.release(); mv.release()
nums.append(5)
print(nums)

grid = np.arange(12, dtype=np.int16).reshape(3, 4)
g = memoryview(grid)
print(g.format, g.shape, g.strides, g.ndim, g.c_contiguous, g[2, 3])
g[0, 0] = 100
print(grid[0])
flat = g.cast('B').cast('h')
print(flat.tolist())
col = memoryview(grid[:, 1])
print(col.shape, col.strides, col.contiguous, col.tolist(), col.obj.base is grid)
frozen = grid.copy()
frozen.flags.writeable = False
print(memoryview(frozen).readonly)
try:
    memoryview(frozen)[0, 0] = 1
except TypeError as err:
    print('TypeError:', err)

# np.frombuffer over a memoryview slice sees the same bytes.
data = bytearray(range(10))
window = memoryview(data)[2:8]
arr = np.frombuffer(window, dtype=np.uint16)
print(arr, arr.flags.writeable, arr.base.obj is data)
arr[0] = 0xFFFF
print(list(data[:6]))
print(bytes(memoryview(np.arange(3, dtype=np.int8))), bytes(np.arange(4, dtype=np.uint8)[::2]))
print(bytearray(memoryview(b'xyz')[::-1]), list(memoryview(b'ab')), 98 in memoryview(b'ab'))
