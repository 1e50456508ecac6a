# Source: https://github.com/jakevdp/PythonDataScienceHandbook/blob/0a12df40af0cb637be52f9248aa021878d0bd5cc/notebooks/02.09-Structured-Data-NumPy.ipynb
# What: PDSH 2.9, from the start through "RecordArrays": the people table viewed as np.recarray, attribute access
# Code cells of the notebook section, in order (tests/corpus/README.md): a cell's last expression whose Out[] the notebook shows is wrapped in print(repr(...)).
# Note: cell In[17] (%timeit) is left out
import numpy as np
name = ['Alice', 'Bob', 'Cathy', 'Doug']
age = [25, 45, 37, 19]
weight = [55.0, 85.5, 68.0, 61.5]
x = np.zeros(4, dtype=int)
# Use a compound data type for structured arrays
data = np.zeros(4, dtype={'names':('name', 'age', 'weight'),
                          'formats':('U10', 'i4', 'f8')})
print(data.dtype)
data['name'] = name
data['age'] = age
data['weight'] = weight
print(data)
# Get all names
print(repr(data['name']))
# Get first row of data
print(repr(data[0]))
# Get the name from the last row
print(repr(data[-1]['name']))
# Get names where age is under 30
print(repr(data[data['age'] < 30]['name']))
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
print(repr(data['age']))
data_rec = data.view(np.recarray)
print(repr(data_rec.age))
