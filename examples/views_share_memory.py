# A slice of a NumPy array is a VIEW: a new array object that looks at the
# same memory as the original. Writing through either name changes both.
import numpy as np

# Step 1: the original array owns its memory.
arr = np.array([1, 2, 3])
print(arr)

# Step 2: arr[1:] copies nothing. `view` starts at arr's second element.
view = arr[1:]
print(view)
print(view.base is arr)

# Step 3: write through the view. Watch arr[1] change.
view[0] = 10
print(arr)

# Step 4: write through the original. Watch view[1] change.
arr[2] = 20
print(view)

# Both names now show the same numbers in the shared positions.
print(arr, view)
print(np.shares_memory(arr, view))

# A copy, by contrast, has its own memory: later writes do not reach it.
copy = arr[1:].copy()
arr[1] = 99
print(view)
print(copy)
print(copy.base is None)
