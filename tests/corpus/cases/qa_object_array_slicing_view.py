# Source: Stack Overflow, "Python: Differences between lists and numpy array of objects" (answer demo, IPython prompts turned into prints)
# What: an object array's slice is a view: assigning a scalar through it changes the array
import numpy as np
a = np.arange(4, dtype=object).reshape((2,2))
print(repr(a))
print(repr(a[:,0]))             # multidimensional slicing
b = a[:,0]
b[:] = True        # can assign scalar
print(repr(a))                  # contents of a changed because b is a view to a
