# Source: https://github.com/jakevdp/PythonDataScienceHandbook/blob/031cc4f1b98f7a31ea6cc416d8ee40909368f456/notebooks/02.01-Understanding-Data-Types.ipynb
# What: Python Data Science Handbook 02.01, "Creating Arrays from Python Lists" and "Creating Arrays from Scratch" (cells up to linspace; cut before the unseeded np.random cells)
# Code cells of the notebook section, in order (tests/corpus/README.md): a cell's last expression whose Out[] the notebook shows is wrapped in print(repr(...)).
import numpy as np
# Integer array
print(repr(np.array([1, 4, 2, 5, 3])))
print(repr(np.array([3.14, 4, 2, 3])))
print(repr(np.array([1, 2, 3, 4], dtype=np.float32)))
# Nested lists result in multidimensional arrays
print(repr(np.array([range(i, i + 3) for i in [2, 4, 6]])))
# Create a length-10 integer array filled with 0s
print(repr(np.zeros(10, dtype=int)))
# Create a 3x5 floating-point array filled with 1s
print(repr(np.ones((3, 5), dtype=float)))
# Create a 3x5 array filled with 3.14
print(repr(np.full((3, 5), 3.14)))
# Create an array filled with a linear sequence
# starting at 0, ending at 20, stepping by 2
# (this is similar to the built-in range function)
print(repr(np.arange(0, 20, 2)))
# Create an array of five values evenly spaced between 0 and 1
print(repr(np.linspace(0, 1, 5)))
