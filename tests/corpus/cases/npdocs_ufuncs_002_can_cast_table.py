# Source: https://github.com/numpy/numpy/blob/4ba05ef7fa21346b1f577413f5ffc3494ef0d4ca/doc/source/user/basics.ufuncs.rst
# What: Universal functions (ufunc) basics, "Type casting rules": the "can cast safely" table printed with nested loops
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
# print_table(...) prints the table itself and returns None, so its call stays bare.
import numpy as np
mark = {False: ' -', True: ' Y'}
def print_table(ntypes):
    print('X ' + ' '.join(ntypes))
    for row in ntypes:
        print(row, end='')
        for col in ntypes:
            print(mark[np.can_cast(row, col)], end='')
        print()

print_table(np.typecodes['All'])
