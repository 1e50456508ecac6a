# Source: https://numpy.org/doc/2.4/reference/generated/numpy.stack.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.stack docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
rng = np.random.default_rng()
arrays = [rng.normal(size=(3,4)) for _ in range(10)]
print(repr(np.stack(arrays, axis=0).shape))
print(repr(np.stack(arrays, axis=1).shape))
print(repr(np.stack(arrays, axis=2).shape))
a = np.array([1, 2, 3])
b = np.array([4, 5, 6])
print(repr(np.stack((a, b))))
print(repr(np.stack((a, b), axis=-1)))
