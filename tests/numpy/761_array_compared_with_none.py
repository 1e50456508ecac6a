# Found by the differential fuzzer (seeds 7100156, 7101652): an array compared with None is
# compared elementwise by NumPy (an array of False), so a list or dict holding an array
# compares by that array's truth, which is NumPy's ValueError when it is empty.
import numpy as np
print(np.ones(2) == None, np.ones(2) != None)
print([np.ones(1)] == [None])
print({1: np.ones((0,))} == {1: None})
