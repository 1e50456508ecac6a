import numpy as np
s = {'a', 'b', 'c'}
print(len(s), 'a' in s, 'z' in s, sorted(s), min(s), max(s), s == {'c', 'b', 'a'})
print({'x'}, {b'x'}, {None}, frozenset({'y'}), s - {'a', 'b'})
s.discard('a')
print(sorted(s), len(s | {'q'}), s <= {'b', 'c', 'd'})
print(s)
