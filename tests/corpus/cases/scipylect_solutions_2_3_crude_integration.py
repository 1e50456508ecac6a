# Source: https://github.com/scipy-lectures/scientific-python-lectures/blob/441a375939de2b986da508470e228d3ebcd0566f/intro/numpy/solutions/2_3_crude_integration.py
# What: Scientific Python Lectures, NumPy exercise solution: crude integration by broadcasting a function over newaxis grids
# Code as written on the page (tests/corpus/README.md).
from __future__ import print_function
import numpy as np
from numpy import newaxis

def f(a, b, c):
    return a**b - c

a = np.linspace(0, 1, 24)
b = np.linspace(0, 1, 12)
c = np.linspace(0, 1, 6)

samples = f(a[:,newaxis,newaxis],
            b[newaxis,:,newaxis],
            c[newaxis,newaxis,:])

# or,
#
# a, b, c = np.ogrid[0:1:24j, 0:1:12j, 0:1:6j]
# samples = f(a, b, c)

integral = samples.mean()

print("Approximation:", integral)
print("Exact:", np.log(2) - 0.5)
