import numpy as np
lst = [1]
lst.append(2)
print(lst)
lst.append(3, 4)
