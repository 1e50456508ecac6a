import numpy as np
# the builtins int, float and bool are classes
print(float, bool, int, type(5) is int, repr(float))
