# Python lists and NumPy arrays treat "the same data" very differently.
import numpy as np
import array

# `b = a` does not copy a list: it is a second name for the same list.
a = [1, 2, 3]
b = a
a[0] = 0
print(b)
print(b is a)

# np.array(a) reads the list's values into a new buffer. After that the
# array has no connection to the list: changing the list does not reach it.
arr = np.array(a)
a[1] = 50
print(a)
print(arr)

# a[:] makes a new list (a shallow copy), so writes to it stay local.
c = a[:]
c[2] = 7
print(a, c)

# array.array stores raw C ints, and np.frombuffer can look at that memory
# directly: now the two objects really do share their numbers.
ints = array.array('i', [1, 2, 3])
shared = np.frombuffer(ints, dtype='int32')
print(repr(shared))
ints[0] = 88
print(ints)
print(repr(shared))
shared[2] = 33
print(ints)

# With dtype=object an array's cells hold pointers to Python objects, and
# np.array copies the list's pointers: both then point at the same objects.
# Numbers cannot be changed in place, so wrap one in a small mutable class.
class MutableInt:
    def __init__(self, val):
        self.val = val

    def __repr__(self):
        return repr(self.val)


obj_list = [MutableInt(i) for i in range(1, 8)]
print(obj_list)
obj_array = np.array(obj_list, dtype=object)
print(repr(obj_array))

# Changing an object the list points at shows through the array too...
obj_list[0].val = 88
print(obj_list)
print(repr(obj_array))

# ...but putting a new object into a list slot changes only the list: the
# array keeps its own pointer to the old object.
obj_list[1] = {}
print(repr(obj_array))
print(obj_list)
print(obj_array[0] is obj_list[0], obj_array[1] is obj_list[1])

# A bytearray is a mutable buffer of bytes: an int8 view writes into it.
barr = bytearray([65, 66, 67, 68])
byte_array = np.frombuffer(barr, dtype='int8')
byte_array[1] = 98
print(repr(byte_array))
print(barr)

# bytes are immutable, so the array NumPy builds over them is read-only.
bs = bytes([65, 66, 67, 68])
frozen = np.frombuffer(bs, dtype='int8')
print(frozen)
print(frozen.flags.writeable)

# Views vs copies of an array: arr[:] shares memory, arr.copy() does not.
arr1 = arr[:]
arr2 = arr.copy()
arr[0] = -1
print(arr1)
print(arr2)
