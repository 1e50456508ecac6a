import numpy as np
# ** on float arrays gives NumPy's results bit for bit (float32 pow in float32)
print((np.arange(13, dtype='float32') ** 3) ** 3)
print((np.linspace(0, 1) ** 3)[31:34].tolist())
