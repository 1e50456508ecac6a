# A list grown by 10^6 appends in a loop, then summed.
import numpy as np

squares = []
for i in range(1000000):
    squares.append(i * i)
print(len(squares), sum(squares))
