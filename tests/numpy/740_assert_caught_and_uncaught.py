# assert raises AssertionError with its message, caught or not.
import numpy as np
def check(a):
    assert a.ndim == 2, "need 2-D"
try:
    check(np.arange(3))
except AssertionError as e:
    print("caught", e)
check(np.zeros(2))
