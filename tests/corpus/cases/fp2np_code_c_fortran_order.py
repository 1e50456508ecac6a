# Source: https://github.com/rougier/from-python-to-numpy/blob/09a5d0e6f76c24a403c46f7ceabb9b72b0e21402/code/c-fortran.py
# What: From Python to NumPy (N. Rougier), code/c-fortran.py: ravel of a C-order and an F-order reshape
# Code as written on the page (tests/corpus/README.md).
# Note: the two imports `import matplotlib.pyplot as plt` and `from display import display_2D_array` (plotting; neither is used by the printed part) are left out
import numpy as np



if __name__ == '__main__':

    Z1 = np.arange(9).reshape(3,3)
    Z2 = np.arange(9).reshape(3, 3, order='F')

    print(Z1.ravel())
    print(Z2.ravel())
