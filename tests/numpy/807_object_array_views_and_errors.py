import numpy as np

# An object array holds pointers: its views share them, its copies copy them.
grid = np.array([[1, 'two', 3.0], [[4], {'five': 5}, None]], dtype=object)
print(repr(grid))
print(grid.shape, grid.ndim, grid.size, grid.dtype, grid.strides, grid.itemsize)
row = grid[1]
print(repr(row), row.base is grid)
row[0].append(44)
print(grid[1, 0], grid.tolist())
col = grid[:, 2]
col[1] = 'filled'
print(grid)
flat = grid.ravel()
flat[0] = 100
print(grid[0, 0], flat.base is grid)
t = grid.T
print(t.shape, t[2, 1], np.shares_memory(t, grid))
c = grid.copy()
c[0, 1] = 'changed'
print(grid[0, 1], c[0, 1], c[1, 1] is grid[1, 1])
for r in grid:
    print(len(r), r[0])
try:
    grid[5]
except IndexError as e:
    print('IndexError:', e)
try:
    if grid:
        pass
except ValueError as e:
    print('ValueError:', e)
nums = np.array([1, 2, 3], dtype=object)
print(repr(nums * 2), repr(nums + nums), repr(nums == 2), repr(nums > 1))
print(repr(nums + np.arange(3)), repr(nums + np.int64(5)), type((nums + np.int64(5))[0]).__name__)
print(nums.dtype == object, nums.dtype == 'O', nums.dtype != np.dtype('O'), nums.dtype.name)
nums.fill(0)
print(nums, len(nums), list(nums))
grid[0, 0] = 1
print(grid)
