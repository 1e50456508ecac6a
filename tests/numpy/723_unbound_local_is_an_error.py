# A name assigned anywhere in a function is local to all of it: reading it first is an
# UnboundLocalError, even when a global of that name exists.
import numpy as np
total = np.zeros(2)

def add(v):
    print(total)
    total = total + v
    return total

print(total)
add(1)
