import numpy as np
# an empty slice of an axis gets the itemsize as its stride in NumPy 2, whatever the step
a = np.arange(11)
print(a[:0][::-2].strides, a[5:5:3].strides, a[..., :-12:5].strides, np.zeros((1,))[-2::-1].strides)
print(np.frombuffer(b'')[::-2].strides, np.arange(0).reshape(0).strides, np.ones((2, 3))[1:, :0:2].T.strides)
