import numpy as np
import array
# array.array.insert(i, x)
A = array.array('d', [1.5])
A.insert(0, 2.5)
A.insert(-1, 3.0)
print(A)
