# Source: https://github.com/rougier/numpy-100/blob/09e468d674b4eee2f99b6e3616340b0ceca92f0b/100_Numpy_exercises_with_solutions.md
# What: numpy-100 exercise 97, solution: Considering 2 vectors A & B, write the einsum equivalent of inner, outer, sum, and mul function
# Code as written on the page (tests/corpus/README.md).
# Note: the exercises assume exercise 1's `import numpy as np`
import numpy as np
# Author: Alex Riley
# Make sure to read: http://ajcr.net/Basic-guide-to-einsum/

A = np.random.uniform(0,1,10)
B = np.random.uniform(0,1,10)

np.einsum('i->', A)       # np.sum(A)
np.einsum('i,i->i', A, B) # A * B
np.einsum('i,i', A, B)    # np.inner(A, B)
np.einsum('i,j->ij', A, B)    # np.outer(A, B)
