import numpy as np
# np.linspace returns a view of a temporary array: its base is not None, it owns no data
x = np.linspace(0, 1, 5)
print(x.base is None, x.flags.owndata, x[:].base is x, x.view().base is x)
print(np.linspace(0, 0).flags)
