# Source: https://github.com/numpy/numpy/blob/cb2972dee933a31c27565c93bf05eb3f3f8f46eb/doc/source/user/how-to-print.rst
# What: Printing NumPy Arrays, "Defining printing options": set_printoptions/get_printoptions globally, printoptions as a context manager
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
np.set_printoptions(precision=2)
print(repr(np.get_printoptions()))
np.set_printoptions(edgeitems=3, infstr='inf',
linewidth=75, nanstr='nan', precision=8,
suppress=False, threshold=1000, formatter=None)
arr = np.array([0.155, 0.184, 0.173])
with np.printoptions(precision=2):
    print(arr)
