# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/absolute_beginners.rst
# What: NumPy absolute beginners, "Indexing and slicing": slices, boolean masks with & and |, np.nonzero, zip of index arrays
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
data = np.array([1, 2, 3])
print(repr(data[1]))
print(repr(data[0:2]))
print(repr(data[1:]))
print(repr(data[-2:]))
a = np.array([[1 , 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])
print(a[a < 5])
five_up = (a >= 5)
print(a[five_up])
divisible_by_2 = a[a%2==0]
print(divisible_by_2)
c = a[(a > 2) & (a < 11)]
print(c)
five_up = (a > 5) | (a == 5)
print(five_up)
a = np.array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])
b = np.nonzero(a < 5)
print(b)
list_of_coordinates= list(zip(b[0], b[1]))
for coord in list_of_coordinates:
    print(coord)
print(a[b])
not_there = np.nonzero(a == 42)
print(not_there)
