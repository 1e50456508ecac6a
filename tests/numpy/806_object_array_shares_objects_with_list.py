import numpy as np
class MutableInt:
    def __init__(self, val):
        self.val = val
    def __repr__(self):
        return repr(self.val)

obj_list = [MutableInt(i) for i in range(1, 8)]
print(obj_list)
obj_array = np.array(obj_list, dtype=object)
print(repr(obj_array))
obj_list[0].val = 88
print(obj_list)
print(repr(obj_array))
obj_list[1] = {}
print(repr(obj_array))
print(obj_list)
print(obj_array)
print(obj_array[0] is obj_list[0], obj_array.dtype, obj_array.shape, obj_array.itemsize, obj_array.nbytes)
v = obj_array[2:5]
print(v.base is obj_array, np.shares_memory(v, obj_array))
v[0] = 'x'
print(repr(obj_array), obj_array.tolist())
c = obj_array.copy()
print(c[0] is obj_array[0], c.base is None)
m = np.array([[1, 2], [3, 4]], dtype=object)
print(repr(m), m.T, m * 2, m + m, m == 2)
r = np.array([[1, 2], [3]], dtype=object)
print(repr(r), r.shape)
z = np.zeros(3, dtype=object)
print(repr(z), repr(np.ones((2, 2), dtype=object)), repr(np.full(2, 'a', dtype=object)))
for x in obj_array:
    print(type(x).__name__, end=' ')
print()
print(len(obj_array), list(m), repr(np.array(np.arange(3), dtype=object)))
print(repr(np.array([None, 1.5, 'x', (1, 2), [3]], dtype=object)))
print(repr(np.array(list(range(30)), dtype=object)))
print(obj_array.dtype == object, repr(obj_array.dtype), obj_array.dtype.kind)
