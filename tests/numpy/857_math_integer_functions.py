import math
import numpy as np
print([math.factorial(n) for n in range(21)])
print(math.gcd(), math.gcd(12), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(12, 18, 27), math.gcd(True, 4))
print(math.lcm(), math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(2, 3, 4))
print([math.comb(10, k) for k in range(12)], math.comb(60, 30), math.comb(62, 31))
print([math.perm(6, k) for k in range(8)], math.perm(5), math.perm(20, 10), math.perm(5, None))
print([math.isqrt(n) for n in [0, 1, 3, 4, 15, 16, 17, 99, 10 ** 18, 9223372036854775807]])
print(math.factorial(np.int64(5)), math.isqrt(np.uint8(200)), math.gcd(np.int32(12), 8), math.comb(np.array(5), 2))
print(math.factorial(True), math.comb(5, 0), math.perm(0, 0))
