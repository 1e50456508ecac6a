import numpy as np


class Point:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return 'Point(' + repr(self.x) + ')'


pts = {'p': Point(1), 'q': [Point(2)]}
print(pts, str(pts), repr(pts))
print({'nested': {'deep': {'x': np.arange(3)}}})
a = np.arange(4)
holder = {'view': a[1:3], 'copy': a.copy(), 'same': a}
holder['view'][0] = 100
print(a, holder)
alias = holder
alias['extra'] = 'e'
print(holder is alias, len(holder))
shallow = holder.copy()
shallow['same'][0] = -1
print(a[0], holder['same'] is shallow['same'], shallow is holder)
table = [{'id': i, 'vals': np.zeros(2) + i} for i in range(3)]
table[1]['vals'][1] = 9
print(table)
by_id = {row['id']: row for row in table}
by_id[2]['id'] = 'two'
print(table[2], by_id[2] is table[2])
m = np.arange(6).reshape(2, 3)
rows = {i: m[i] for i in range(2)}
rows[0][:] = 0
print(m, rows)
stats = {'sum': m.sum(), 'max': m.max(), 'shape': m.shape, 'dtype': m.dtype}
print(stats)
print({np.int64(3): 'a', np.float64(2.5): 'b', np.uint8(7): 'c', np.bool_(True): 'd'})
print({1: 'a'}[np.int16(1)], {2.0: 'x'}[2], {(1, 2.0): 'y'}[(1.0, 2)])
config = dict(lr=0.1, epochs=3)
config.update(epochs=5, batch=np.int64(32))
for key in sorted(config):
    print(key, config[key])
print(config.keys() and 'non-empty', list(config.items())[0], max(config.values()))
print(pts['q'][0].x, pts['zz'])
