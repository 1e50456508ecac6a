import numpy as np

# Python ints raised to negative powers give floats; zero cannot be.
print(2 ** -1, 10 ** -2)
print(0 ** -1)
