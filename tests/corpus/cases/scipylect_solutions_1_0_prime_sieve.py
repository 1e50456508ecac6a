# Source: https://github.com/scipy-lectures/scientific-python-lectures/blob/41288a38c58ec1d50b90da816ce7331d8a85e543/intro/numpy/solutions/1_0_prime_sieve.py
# What: Scientific Python Lectures, NumPy exercise solution: prime numbers with the Eratosthenes sieve (loop over a boolean mask)
# Code as written on the page (tests/corpus/README.md).
"""
Computing prime numbers with the archimedean sieve.

(Of course, this is not an optimal way for computing prime numbers...)

"""

import numpy as np

eratosthenes = True

# maximum number
N = 10000

# mask for prime numbers
mask = np.ones([N], dtype=bool)

if not eratosthenes:
    # simple prime sieve
    mask[:2] = False
    for j in range(2, int(np.sqrt(N)) + 1):
        mask[j * j :: j] = False

else:
    # Eratosthenes sieve
    mask[:2] = False
    for j in range(2, int(np.sqrt(N)) + 1):
        if mask[j]:
            mask[j * j :: j] = False

# print indices where mask is True
print(np.nonzero(mask)[0])
