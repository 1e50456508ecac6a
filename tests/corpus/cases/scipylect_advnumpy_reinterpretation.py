# Source: https://github.com/scipy-lectures/scientific-python-lectures/blob/07d4aed0684bb09c8a75256b163817ad7107bef8/advanced/advanced_numpy/index.rst
# What: Scientific Python Lectures, "Advanced NumPy", Re-interpretation / viewing: setting x.dtype, x.view('<i4') sees writes, an RGBA structured view, viewing a transpose and its copy as int16
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
# Note: the mini-exercise placeholder lines are marked +SKIP and left out
import numpy as np
x = np.array([1, 2, 3, 4], dtype=np.uint8)
x.dtype = "<i2"
print(repr(x))
print(repr((0x0201, 0x0403)))
y = x.view("<i4")
print(repr(y))
print(repr(0x04030201))
x[1] = 5
print(repr(y))
print(repr(y.base is x))
x = np.zeros((10, 10, 4), dtype=np.int8)
x[:, :, 0] = 1
x[:, :, 1] = 2
x[:, :, 2] = 3
x[:, :, 3] = 4
y = x.view([('r', 'i1'),
            ('g', 'i1'),
            ('b', 'i1'),
            ('a', 'i1')]
             )[:, :, 0]
x = np.array([[1, 3], [2, 4]], dtype=np.uint8)
print(repr(x))
y = x.transpose()
print(repr(y))
print(repr(x.view(np.int16)))
print(repr(x.tobytes()))
print(repr(y.copy().view(np.int16)))
