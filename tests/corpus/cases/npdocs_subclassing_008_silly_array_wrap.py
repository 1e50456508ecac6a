# Source: https://github.com/numpy/numpy/blob/1949eefb2c26a89c4cadcba15923e58e95715748/doc/source/user/basics.subclassing.rst
# What: Subclassing ndarray, "__array_wrap__": SillySubClass
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
class SillySubClass(np.ndarray):

    def __array_wrap__(self, arr, context=None, return_scalar=False):
        return 'I lost your data'
arr1 = np.arange(5)
obj = arr1.view(SillySubClass)
arr2 = np.arange(5)
ret = np.multiply(obj, arr2)
print(repr(ret))
