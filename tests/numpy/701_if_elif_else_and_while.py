# `if`/`elif`/`else` and `while` as Python runs them, with array conditions where NumPy
# allows them (one element) and numbers, strings, lists and None elsewhere.
import numpy as np
a = np.arange(5)
for value in [0, 1, 2.5, -1, '', 'x', [], [0], None, a[0], a[1:2], np.float64(0.0)]:
    if value:
        print('true', repr(value))
    elif value is None:
        print('none')
    else:
        print('false', repr(value))
n = 10
steps = 0
while n != 1:
    if n % 2 == 0:
        n //= 2
    else:
        n = 3 * n + 1
    steps += 1
print(steps, n)
i = 0
while i < len(a):
    a[i] = a[i] * a[i]
    i += 1
else:
    print('finished with i =', i)
print(a)
while True:
    i -= 1
    if i < 2:
        break
print(i)
if a.sum() > 10 and a[-1] == 16:
    print('big')
if not a.flags.owndata:
    print('view')
else:
    print('owner')
