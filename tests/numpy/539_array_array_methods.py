import numpy as np
import array
# array.array's methods and operators: insert, count, index, reverse, remove, tobytes, * and +
A = array.array('d', [1.5])
A.insert(0, 2.5)
A.insert(-1, 3.0)
print(A, A.count(1.5), A.index(3.0))
A.reverse()
A.remove(2.5)
print(A, A.tobytes(), A * 2, A + A)
