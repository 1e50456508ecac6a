# Source: https://github.com/jakevdp/PythonDataScienceHandbook/blob/0a12df40af0cb637be52f9248aa021878d0bd5cc/notebooks/02.09-Structured-Data-NumPy.ipynb
# What: PDSH 2.9, sections "Creating Structured Arrays" and "More Advanced Compound Types": dict, Python types, list of tuples, comma string; a (3, 3) sub-array field
# Code cells of the notebook section, in order (tests/corpus/README.md): a cell's last expression whose Out[] the notebook shows is wrapped in print(repr(...)).
import numpy as np
print(repr(np.dtype({'names':('name', 'age', 'weight'),
          'formats':('U10', 'i4', 'f8')})))
print(repr(np.dtype({'names':('name', 'age', 'weight'),
          'formats':((np.str_, 10), int, np.float32)})))
print(repr(np.dtype([('name', 'S10'), ('age', 'i4'), ('weight', 'f8')])))
print(repr(np.dtype('S10,i4,f8')))
tp = np.dtype([('id', 'i8'), ('mat', 'f8', (3, 3))])
X = np.zeros(1, dtype=tp)
print(X[0])
print(X['mat'][0])
