import numpy as np
# indexing a NumPy scalar with an array is NumPy's 'invalid index to scalar variable.'
np.int8(1)[np.array([])]
