# Source: numpy-discussion, "List dtype?" (Robert Kern's answer, July 2009)
# What: an object array whose cells hold lists, filled by slice assignment
import numpy as np
array_of_lists = np.empty((2, 2), dtype=object)
array_of_lists[:, :] = [[[1, 2, 3], ['a', 'b', 'c']], [[(), (), ()], [{}, {}, {}]]]
print(array_of_lists)
