# Source: https://github.com/scipy-lectures/scientific-python-lectures/blob/0ecd2494edff7dfff0863c4277b1fdd70b7c7a39/intro/numpy/solutions/1_1_array_creation.py
# What: Scientific Python Lectures, NumPy exercise solution: array creation with ones, zeros and diag
# Code as written on the page (tests/corpus/README.md).
import numpy as np

a = np.ones((4, 4), dtype=int)
a[3,1] = 6
a[2,3] = 2

b = np.zeros((6, 5))
b[1:] = np.diag(np.arange(2, 7))

print(a)
print(b)
