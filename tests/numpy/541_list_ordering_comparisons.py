import numpy as np
# lists compare lexicographically with < <= > >=, so lists of lists sort
print([] < [], [1, 2] < [1, 3], [2] >= [1, 9], [[1]] > [[0, 5]], list() >= list())
L = [[2, 1], [1, 5], [1, 2]]
L.sort()
print(L, sorted([[3], [], [1, 1]]))
