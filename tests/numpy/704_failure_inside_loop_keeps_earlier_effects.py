# A statement that fails inside a loop ends the program with a traceback for its line; what
# the iterations before it did (prints, writes into arrays, appends) stays done.
import numpy as np
a = np.zeros(3, dtype=np.int64)
seen = []
for i in range(5):
    seen.append(i)
    print('writing', i)
    a[i] = 10 + i
print('never')
