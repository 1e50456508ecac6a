import math
import numpy as np
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([]), math.fsum([-0.0]), math.fsum(range(10)), math.fsum([math.inf, 1]))
print(math.fsum(np.arange(0.0, 1.0, 0.1)), math.fsum((0.3, 0.6, 0.1)), math.fsum([np.float32(0.1), 0.2]))
print(math.hypot(3, 4), math.hypot(), math.hypot(-2), math.hypot(1, 1), math.hypot(1e308, 1e308), math.hypot(5e-324, 5e-324))
print(math.hypot(1, 2, 3, 4, 5), math.hypot(0.1, 0.2, 0.3), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1))
print(math.dist([0, 0], [3, 4]), math.dist((1.5, 2.5, -1), (0.1, 0.2, 0.3)), math.dist(np.arange(3.0), [1, 1, 1]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 6), start=2), math.prod([True, 3]))
a = np.arange(1, 5)
print(math.prod(a.shape), math.prod(a), repr(math.prod([np.int8(3), np.int8(4)])), math.prod([a, a]))
print(math.prod([[1], 3]), math.prod(['ab', 2]))
