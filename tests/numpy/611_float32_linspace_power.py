import numpy as np
# float32 array ** 3 as NumPy's power loop computes it (on AVX-512 machines its vector powf)
v = np.linspace(0, 3, dtype="float32")
print((v ** 3).tolist())
