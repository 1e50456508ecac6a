# Source: https://github.com/scipy-lectures/scientific-python-lectures/blob/74c8b7b491ceae0ce5be1745497b7adc0bad1406/advanced/advanced_numpy/examples/stride-fakedims.py
# What: Scientific Python Lectures example script: the fake-dimensions exercise skeleton (imports as_strided, builds an int8 array)
# Code as written on the page (tests/corpus/README.md).
"""
Exercise: using strides to create fake dimensions
==================================================

Use strides to create fake dimensions.

"""

import numpy as np
from numpy.lib.stride_tricks import as_strided

x = np.array([1, 2, 3, 4], dtype=np.int8)

#
# Mini-exercise:
#
# 1. How to create a new array that shares the data, but looks like
#
#    array([[1, 2, 3, 4],
#           [1, 2, 3, 4],
#           [1, 2, 3, 4]], dtype=int8)
#
