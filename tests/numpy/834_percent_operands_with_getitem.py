import numpy as np
import operator

# str % x ignores a lone operand with __getitem__ (CPython takes it for a mapping).
for operand in [np.int8(), np.float64(2.5), np.bool_(True), np.arange(2), [1], b'x',
                range(3), memoryview(b'ab')]:
    print(repr('ab' % operand), repr(operator.mod('no fields', operand)))
print('%d items' % np.int64(4), '%.1f' % np.float32(0.25))
for operand in [5, 'x', (1,), {1}, 2.5, None, True]:
    try:
        print('ab' % operand)
    except TypeError as err:
        print('TypeError:', err)
