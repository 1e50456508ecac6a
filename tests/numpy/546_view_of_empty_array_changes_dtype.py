import numpy as np
# .view(dtype) of an empty array, or of an array whose last axis has length 1, changes the dtype
print(np.arange(0).view(np.int8), np.zeros((0,)).view('bool'), np.array([], dtype='f').view(np.float64))
x = np.ones((1, 2, 2), dtype=np.uint8)[-2::-1, :-2, -1].transpose(1, 0)
print(x.view(int).shape, np.array([[0.0, 1.0, -1.0]])[-3::-2, -3].view('int32'))
