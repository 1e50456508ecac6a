import numpy as np
# Python 3.11 says 'float modulo' for a float % 0
print(5 // 2, 7 % 3)
print(0.0 % 0)
