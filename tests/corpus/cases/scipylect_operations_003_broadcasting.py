# Source: https://github.com/scipy-lectures/scientific-python-lectures/blob/2d896b5c48637bb33604dfc52b83c96aa36644fc/intro/numpy/operations.rst
# What: Scientific Python Lectures, "Numerical operations on arrays", "Broadcasting": tile + row, newaxis trick, Route 66 distances, grid distances (cut before the matplotlib calls)
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.tile(np.arange(0, 40, 10), (3, 1)).T
print(repr(a))
b = np.array([0, 1, 2])
print(repr(a + b))
a = np.arange(0, 40, 10)
print(repr(a.shape))
a = a[:, np.newaxis]  # adds a new axis -> 2D array
print(repr(a.shape))
print(repr(a))
print(repr(a + b))
a = np.ones((4, 5))
a[0] = 2  # we assign an array of dimension 0 to an array of dimension 1
print(repr(a))
mileposts = np.array([0, 198, 303, 736, 871, 1175, 1475, 1544,
       1913, 2448])
distance_array = np.abs(mileposts - mileposts[:, np.newaxis])
print(repr(distance_array))
x, y = np.arange(5), np.arange(5)
distance = np.sqrt(x ** 2 + y[:, np.newaxis] ** 2)
print(repr(distance))
