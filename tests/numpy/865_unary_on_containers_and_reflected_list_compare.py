import numpy as np
for f in [lambda: -[1], lambda: +(), lambda: ~'a', lambda: -None, lambda: [0, 0] > np.arange(0), lambda: (1, 2, 3) <= np.arange(2)]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print([1, 2] < np.arange(2), (0, 5) >= np.arange(2))
import operator
for f, args in [(operator.neg, ([],)), (operator.pos, ((),)), (operator.gt, ([0, 0], np.arange(0)))]:
    try:
        print(f(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for x in [[], (1,), 'a', None]:
    try:
        print(abs(x))
    except TypeError as e:
        print(e)
