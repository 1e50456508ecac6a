import numpy as np
a = np.arange(4)
v = a[1:]
print(a.flags.owndata, v.flags.owndata)
print(a.flags['OWNDATA'], v.flags['OWNDATA'])
print(a.copy().flags.owndata)
print(a.reshape(2, 2).flags.owndata)
print(a.flags.writeable, v.flags['WRITEABLE'])
