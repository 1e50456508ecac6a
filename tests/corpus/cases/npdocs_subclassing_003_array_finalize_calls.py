# Source: https://github.com/numpy/numpy/blob/1949eefb2c26a89c4cadcba15923e58e95715748/doc/source/user/basics.subclassing.rst
# What: Subclassing ndarray, "The role of __array_finalize__": call sequences (testcode then doctest)
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
class C(np.ndarray):
    def __new__(cls, *args, **kwargs):
        print('In __new__ with class %s' % cls)
        return super().__new__(cls, *args, **kwargs)

    def __init__(self, *args, **kwargs):
        # in practice you probably will not need or want an __init__
        # method for your subclass
        print('In __init__ with class %s' % self.__class__)

    def __array_finalize__(self, obj):
        print('In array_finalize:')
        print('   self type is %s' % type(self))
        print('   obj type is %s' % type(obj))
# Explicit constructor
c = C((10,))
# View casting
a = np.arange(10)
cast_a = a.view(C)
# Slicing (example of new-from-template)
cv = c[:1]
