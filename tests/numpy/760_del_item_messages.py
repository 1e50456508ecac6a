# Found by the differential fuzzer (seed 7147723): CPython words "del x[0]" by whether the
# type has item access: "doesn't support" for tuples, str, bytes, ranges, "does not" for the rest.
import numpy as np
for value in [(1, 2), "ab", b"ab", range(3), 0, None, 1.5]:
    try:
        del value[0]
    except TypeError as e:
        print(e)
del 0[0]
