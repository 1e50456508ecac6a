import numpy as np
a = np.arange(3, dtype=np.int8)
print(a.view(np.uint8))
print(a.view('int8'))
a.view(np.int16)
