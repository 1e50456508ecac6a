# A statement that fails inside a function ends the call and the script, but what the
# statements before it did stays done.
import numpy as np

def fill_then_fail(a):
    a[:2] = 7
    print('wrote', a)
    return a[10]

arr = np.zeros(4)
fill_then_fail(arr)
print('never')
