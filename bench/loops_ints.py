# Nested loops with integer arithmetic: 1,000 x 1,000 iterations of a small update.
import numpy as np

total = 0
for i in range(1000):
    for j in range(1000):
        total += i * j % 7
print(total)
