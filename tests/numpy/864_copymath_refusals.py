import sys
import copy
import math
print(math.sqrt(16), copy.copy([1]) == [1])
lst = [1, 2, 3]
print(sys.getsizeof(lst))
class P:
    pass
p = P()
p.x = 1
print(vars(p))
print(sys.argv)
