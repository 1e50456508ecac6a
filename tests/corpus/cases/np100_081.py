# Source: https://github.com/rougier/numpy-100/blob/09e468d674b4eee2f99b6e3616340b0ceca92f0b/100_Numpy_exercises_with_solutions.md
# What: numpy-100 exercise 81, solution: Consider an array Z = [1,2,3,4,5,6,7,8,9,10,11,12,13,14], how to generate an array R = [[1,2,3,4], [2,3,4,5], [3,4,5,6], ..., [11,12,13,14]]?
# Code as written on the page (tests/corpus/README.md).
# Note: the exercises assume exercise 1's `import numpy as np`
# Setup: from numpy.lib import stride_tricks (copied from earlier on the same page)
import numpy as np
from numpy.lib import stride_tricks
# Author: Stefan van der Walt

Z = np.arange(1,15,dtype=np.uint32)
R = stride_tricks.as_strided(Z,(11,4),(4,4))
print(R)
