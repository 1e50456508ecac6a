# Source: https://github.com/scipy-lectures/scientific-python-lectures/blob/2d896b5c48637bb33604dfc52b83c96aa36644fc/intro/numpy/operations.rst
# What: Scientific Python Lectures, "Numerical operations on arrays", "Broadcasting" remark: np.ogrid and np.mgrid
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x, y = np.ogrid[0:5, 0:5]
print(repr((x, y)))
print(repr((x.shape, y.shape)))
distance = np.sqrt(x ** 2 + y ** 2)
x, y = np.mgrid[0:4, 0:4]
print(repr(x))
print(repr(y))
