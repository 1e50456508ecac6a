# Source: https://github.com/jakevdp/PythonDataScienceHandbook/blob/0c354a00f39c04a75c303718b039ac3fab9efecd/notebooks/02.08-Sorting.ipynb
# What: PDSH 2.8 "Sorting Arrays", introduction: a selection sort swapping elements in place through argmin of a slice, and bogosort
# Code cells of the notebook section, in order (tests/corpus/README.md): a cell's last expression whose Out[] the notebook shows is wrapped in print(repr(...)).
import numpy as np

def selection_sort(x):
    for i in range(len(x)):
        swap = i + np.argmin(x[i:])
        (x[i], x[swap]) = (x[swap], x[i])
    return x
x = np.array([2, 1, 4, 3, 5])
print(repr(selection_sort(x)))
def bogosort(x):
    while np.any(x[:-1] > x[1:]):
        np.random.shuffle(x)
    return x
x = np.array([2, 1, 4, 3, 5])
print(repr(bogosort(x)))
