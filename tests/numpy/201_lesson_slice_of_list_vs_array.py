import numpy as np
lst = [1, 2, 3, 4]
arr = np.array(lst)
ls = lst[1:3]
av = arr[1:3]
ls[0] = 0
av[0] = 0
print(lst)
print(arr)
