import numpy as np
# tuples have index() and count()
t = (3, 1, 3, 2)
print(t.index(3), t.index(2), t.count(3), ().count(0), (5,).index(5))
