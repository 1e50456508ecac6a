# np.where lays its result out in the memory order NumPy's iterator finds over all three
# operands, the condition included (found by the report oracle).
import numpy as np
m = np.ones((3, 2)).T
print(np.where(m > 0, 1.0, 2.0).strides, np.where(m > 0, np.arange(3.0), 0.0).strides)
print(np.where(np.ones((2, 3), dtype=bool).T, np.zeros(2), np.ones((3, 1))).strides)
print(np.where(np.zeros((4, 1), dtype=bool), np.ones((4, 3)).T.T, 5).flags.c_contiguous)
