# Source: https://numpy.org/doc/2.4/reference/generated/numpy.take_along_axis.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.take_along_axis docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.array([[10, 30, 20], [60, 40, 50]])
print(repr(np.sort(a, axis=1)))
ai = np.argsort(a, axis=1)
print(repr(ai))
print(repr(np.take_along_axis(a, ai, axis=1)))
print(repr(np.max(a, axis=1, keepdims=True)))
ai = np.argmax(a, axis=1, keepdims=True)
print(repr(ai))
print(repr(np.take_along_axis(a, ai, axis=1)))
ai_min = np.argmin(a, axis=1, keepdims=True)
ai_max = np.argmax(a, axis=1, keepdims=True)
ai = np.concatenate([ai_min, ai_max], axis=1)
print(repr(ai))
print(repr(np.take_along_axis(a, ai, axis=1)))
