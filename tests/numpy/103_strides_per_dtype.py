import numpy as np
print(np.zeros(3, dtype=np.int8).strides)
print(np.zeros(3, dtype=np.int16).strides)
print(np.zeros(3, dtype=np.int32).strides)
print(np.zeros(3).strides)
print(np.zeros((2, 3), dtype=np.float32).strides)
print(np.zeros((2, 3, 4), dtype=np.uint8).strides)
print(np.zeros((2, 3), dtype=bool)[:, ::2].strides)
