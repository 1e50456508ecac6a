import numpy as np
# int / int is correctly rounded, even past 2**53
print((2 ** 53 + 1) / 3, (10 ** 17 + 1) / 7, 9007199254740993 / 1)
