# Source: https://github.com/rougier/numpy-100/blob/09e468d674b4eee2f99b6e3616340b0ceca92f0b/100_Numpy_exercises_with_solutions.md
# What: numpy-100 exercise 23, solution: Create a custom dtype that describes a color as four unsigned bytes (RGBA)
# Code as written on the page (tests/corpus/README.md).
# Note: the exercises assume exercise 1's `import numpy as np`
import numpy as np
color = np.dtype([("r", np.ubyte, 1),
                  ("g", np.ubyte, 1),
                  ("b", np.ubyte, 1),
                  ("a", np.ubyte, 1)])
