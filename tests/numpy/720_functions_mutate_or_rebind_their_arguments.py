# A function that writes into its parameter changes the caller's array (the parameter is
# another name for it); one that rebinds its parameter makes a new array and leaves the
# caller's alone.
import numpy as np

def scale_in_place(x, factor=2):
    """Scales x where it is."""
    x *= factor
    return x

def scale_copy(x, factor=2):
    x = x * factor
    return x

def zero_first(row):
    row[0] = 0

arr = np.arange(1, 5)
r = scale_in_place(arr)
print(arr, r is arr, np.shares_memory(r, arr))
s = scale_copy(arr, factor=10)
print(arr, s, s is arr, np.shares_memory(s, arr))
m = np.ones((2, 3))
zero_first(m[1])
zero_first(m[:, 2])
print(m)
lst = [1, 2, 3]
zero_first(lst)
print(lst, zero_first(lst) is None)
view = arr[::2]
scale_in_place(view, 3)
print(arr, view.base is arr)
