# When neither operand supports `x op= y`, CPython's TypeError names the augmented operator.
import numpy as np
t = (1, 2)
t += (3,)
print(t)
r = range(0)
r >>= 0
