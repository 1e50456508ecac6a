import numpy as np
# & | ^ on two Python bools give a bool
print(True & False, True | False, True ^ True, False ^ True, [False | False], True & 1, 1 ^ True)
