# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/quickstart.rst
# What: NumPy quickstart, maxima of time series with argmax and fancy indexing; assignment with repeated indices and +=
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
time = np.linspace(20, 145, 5)  # time scale
data = np.sin(np.arange(20)).reshape(5, 4)  # 4 time-dependent series
print(repr(time))
print(repr(data))
# index of the maxima for each series
ind = data.argmax(axis=0)
print(repr(ind))
# times corresponding to the maxima
time_max = time[ind]

data_max = data[ind, range(data.shape[1])]  # => data[ind[0], 0], data[ind[1], 1]...
print(repr(time_max))
print(repr(data_max))
print(repr(np.all(data_max == data.max(axis=0))))
a = np.arange(5)
print(repr(a))
a[[1, 3, 4]] = 0
print(repr(a))
a = np.arange(5)
a[[0, 0, 2]] = [1, 2, 3]
print(repr(a))
a = np.arange(5)
a[[0, 0, 2]] += 1
print(repr(a))
