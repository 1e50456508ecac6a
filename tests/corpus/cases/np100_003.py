# Source: https://github.com/rougier/numpy-100/blob/09e468d674b4eee2f99b6e3616340b0ceca92f0b/100_Numpy_exercises_with_solutions.md
# What: numpy-100 exercise 3, solution: Create a null vector of size 10
# Code as written on the page (tests/corpus/README.md).
# Note: the exercises assume exercise 1's `import numpy as np`
import numpy as np
Z = np.zeros(10)
print(Z)
