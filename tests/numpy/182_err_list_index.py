import numpy as np
lst = [1, 2, 3]
print(lst[-1])
print(lst[0:5])
print(lst[3])
