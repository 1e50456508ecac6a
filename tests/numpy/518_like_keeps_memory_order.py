import numpy as np
# zeros_like/ones_like/full_like keep the prototype's memory order (order='K')
t = np.ones((2, 3)).T
print(np.zeros_like(t).strides, np.ones_like(t).strides, np.full_like(t, 7).strides, np.zeros_like(t).flags.f_contiguous)
