import numpy as np
inner = [1, 2]
outer = [inner, inner]
outer[0][0] = 9
print(outer)
shallow = outer[:]
shallow[1].append(3)
print(outer)
print(shallow[0] is inner)
print(inner)
