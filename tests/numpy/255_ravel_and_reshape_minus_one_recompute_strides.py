import numpy as np
# reshape to the very shape asked for keeps the strides; -1 and ravel compute them afresh
a = np.arange(0)
print(a.strides, a.ravel().strides, np.ravel(a).strides, a.reshape(-1).strides, a.reshape(0).strides)
s = np.bool_(True)[None]
print(s.strides, s.reshape(1).strides, s.reshape(-1).strides, s.ravel().strides)
print(np.ravel(np.uint32().view()[None]).strides, np.linspace(0, 0, 0).ravel().strides)
