# Three exceptions chained by handling, each printed in turn.
import numpy as np
try:
    1/0
except ZeroDivisionError:
    try:
        [][1]
    except IndexError:
        x = nope
