# A slice of a NumPy array is a VIEW: a new array object that looks at the
# same memory as the original. Writing through either name changes both.
import numpy as np

# Step 1: the original array owns its memory.
arr = np.array([1, 2, 3])

# Step 2: arr[1:] copies nothing. `view` starts at arr's second element.
view = arr[1:]

# Step 3: write through the view...
view[0] = 10

# Step 4: ...and arr[1] has changed.
print(arr)

# Step 5: write through the original...
arr[2] = 20

# Step 6: ...and view[1] has changed.
print(view)

# Both names show the same numbers in the shared positions; view's base is arr.
print(arr, view)
print(view.base is arr)
print(np.shares_memory(arr, view))

# A copy, by contrast, has its own memory: later writes do not reach it.
copy = arr[1:].copy()
arr[1] = 99
print(view)
print(copy)
print(copy.base is None)
