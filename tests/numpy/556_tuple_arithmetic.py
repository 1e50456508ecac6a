import numpy as np
# tuples are not arrays: arithmetic on them is Python's (mostly TypeError)
print((1, 2) * 2, (1, 2) + (3,))
print((1, 2) * 2.0)
