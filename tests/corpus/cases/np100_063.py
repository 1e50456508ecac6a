# Source: https://github.com/rougier/numpy-100/blob/09e468d674b4eee2f99b6e3616340b0ceca92f0b/100_Numpy_exercises_with_solutions.md
# What: numpy-100 exercise 63, solution: Create an array class that has a name attribute
# Code as written on the page (tests/corpus/README.md).
# Note: the exercises assume exercise 1's `import numpy as np`
import numpy as np
class NamedArray(np.ndarray):
    def __new__(cls, array, name="no name"):
        obj = np.asarray(array).view(cls)
        obj.name = name
        return obj
    def __array_finalize__(self, obj):
        if obj is None: return
        self.info = getattr(obj, 'name', "no name")

Z = NamedArray(np.arange(10), "range_10")
print (Z.name)
