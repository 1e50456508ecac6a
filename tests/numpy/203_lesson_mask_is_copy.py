import numpy as np
scores = np.array([55, 80, 45, 90])
passed = scores[scores >= 50]
passed += 5
print(scores)
print(passed)
scores[scores < 50] = 50
print(scores)
