# Source: https://github.com/jakevdp/PythonDataScienceHandbook/blob/031cc4f1b98f7a31ea6cc416d8ee40909368f456/notebooks/02.01-Understanding-Data-Types.ipynb
# What: Python Data Science Handbook 02.01, "A Python List Is More Than Just a List" and "Fixed-Type Arrays in Python" (cells 1-6)
# Code cells of the notebook section, in order (tests/corpus/README.md): a cell's last expression whose Out[] the notebook shows is wrapped in print(repr(...)).
L = list(range(10))
print(repr(L))
print(repr(type(L[0])))
L2 = [str(c) for c in L]
print(repr(L2))
print(repr(type(L2[0])))
L3 = [True, "2", 3.0, 4]
print(repr([type(item) for item in L3]))
import array
L = list(range(10))
A = array.array('i', L)
print(repr(A))
