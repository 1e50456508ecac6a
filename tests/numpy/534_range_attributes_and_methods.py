import numpy as np
# ranges have start, stop, step, count() and index()
r = range(1, 12, 3)
print(r.start, r.stop, r.step, r.count(4), r.index(7), range(0).count(0), range(5).step)
