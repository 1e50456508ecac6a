# Source: https://numpy.org/doc/2.4/reference/generated/numpy.frombuffer.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.frombuffer docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
s = b'hello world'
print(repr(np.frombuffer(s, dtype='S1', count=5, offset=6)))
print(repr(np.frombuffer(b'\x01\x02', dtype=np.uint8)))
print(repr(np.frombuffer(b'\x01\x02\x03\x04\x05', dtype=np.uint8, count=3)))
