import numpy as np
import copy
for thing in [np, {'a': 1}.keys(), {'a': 1}.items()]:
    try:
        copy.copy(thing)
    except TypeError as e:
        print('copy', e)
    try:
        copy.deepcopy(thing)
    except TypeError as e:
        print('deepcopy', e)
try:
    copy.copy()
except TypeError as e:
    print(e)
try:
    copy.deepcopy(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    copy.copy([1], foo=2)
except TypeError as e:
    print(e)
try:
    copy.nothing
except AttributeError as e:
    print(e)
