# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/basics.indexing.rst
# What: Indexing on ndarrays, "Field access": a structured dtype with a (3, 3) sub-array field
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.zeros((2, 2), dtype=[('a', np.int32), ('b', np.float64, (3, 3))])
print(repr(x['a'].shape))
print(repr(x['a'].dtype))
print(repr(x['b'].shape))
print(repr(x['b'].dtype))
