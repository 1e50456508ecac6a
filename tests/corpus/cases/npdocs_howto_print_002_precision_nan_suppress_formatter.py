# Source: https://github.com/numpy/numpy/blob/cb2972dee933a31c27565c93bf05eb3f3f8f46eb/doc/source/user/how-to-print.rst
# What: Printing NumPy Arrays: precision, floatmode, nanstr/infstr, scientific notation and suppress, a custom f-string formatter for datetime64
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
arr = np.array([0.1, 0.184, 0.17322])
with np.printoptions(precision=2):
    print(arr)
arr = np.array([0.1, 0.184, 0.173], dtype=np.float32)
with np.printoptions(precision=2, floatmode="fixed"):
    print(arr)
arr = np.array([np.inf, np.nan, 0])
with np.printoptions(nanstr="NAN", infstr="INF"):
    print(arr)
arr = np.array([0.00002, 210000.0, 3.14])
print(arr)
arr = np.array([0.00002, 210000.0, 3.14])
with np.printoptions(suppress=True):
    print(arr)
arr = np.array([np.datetime64("2025-01-01"), np.datetime64("2024-01-01")])
with np.printoptions(formatter={"datetime":lambda x: f"(Year: {x.item().year}, Month: {x.item().month})"}):
    print(arr)
