# An except clause whose class is not an exception is a TypeError when it is tried.
try:
    pass
except 5:
    pass
try:
    1/0
except 5:
    pass
