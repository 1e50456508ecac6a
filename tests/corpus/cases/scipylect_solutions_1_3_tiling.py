# Source: https://github.com/scipy-lectures/scientific-python-lectures/blob/0ecd2494edff7dfff0863c4277b1fdd70b7c7a39/intro/numpy/solutions/1_3_tiling.py
# What: Scientific Python Lectures, NumPy exercise solution: tiling a block
# Code as written on the page (tests/corpus/README.md).
import numpy as np

block = np.array([[4, 3], [2, 1]])
a = np.tile(block, (2, 3))

print(a)
