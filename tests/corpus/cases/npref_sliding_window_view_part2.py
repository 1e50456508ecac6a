# Source: https://numpy.org/doc/2.4/reference/generated/numpy.lib.stride_tricks.sliding_window_view.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.lib.stride_tricks.sliding_window_view docstring examples, writeable=True: one write seen at several window positions
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
# Setup: from numpy.lib.stride_tricks import sliding_window_view (copied from earlier on the same page)
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view
x = np.arange(6)  # reset x for the second example
v = sliding_window_view(x, 3, writeable=True)
v[0,1] = 10
print(repr(x))
print(repr(v))
