import numpy as np

# int() of a float truncates toward zero; NaN cannot be converted.
values = np.array([2.7, -2.7, np.nan])
print(int(values[0]), int(values[1]))
print(int(float(values[2])))
