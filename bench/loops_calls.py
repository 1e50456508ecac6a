# A small function called 1,000,000 times: argument binding, a frame, a return.
import numpy as np


def step(total, k):
    return total + k % 3


total = 0
for k in range(1000000):
    total = step(total, k)
print(total)
