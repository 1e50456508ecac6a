# assert: nothing when the test holds; AssertionError with str(msg) (evaluated only on failure) when it does not.
import numpy as np
a = np.arange(3)
assert a.sum() == 3, "sum is 3"
assert len(a)
for i in range(3):
    assert a[i] == i
assert a[0] == 1, f"x" if False else ["bad", a[1]]
