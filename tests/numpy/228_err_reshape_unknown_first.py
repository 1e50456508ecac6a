import numpy as np

# Slices with enormous steps keep one element; NumPy's stride wraps around.
a = np.arange(6)
print(a[::2**62], a[2**62:], a[::2**62].strides)
print(a.reshape(3, -1).shape, round(2**53 + 1), min([3, 1, 2]))
# NumPy leaves a leading -1 out of the shape in its reshape error.
print(a.reshape(-1, 0))
