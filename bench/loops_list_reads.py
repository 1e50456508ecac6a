# A list of 10^5 items read back by position in a loop (`lst[i]`).
import numpy as np

lst = list(range(100000))
total = 0
for i in range(100000):
    total += lst[i]
print(total)
