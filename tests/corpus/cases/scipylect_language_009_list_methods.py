# Source: https://github.com/scipy-lectures/scientific-python-lectures/blob/034f588211ab13395a64a4dea7d40a5e581a6196/intro/language/basic_types.rst
# What: Scientific Python Lectures, "Basic types", "Lists": add/remove, reverse, concatenate/repeat, sort
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
L = ['red', 'blue', 'green', 'black', 'white']
L.append('pink')
print(repr(L))
print(repr(L.pop())) # removes and returns the last item
print(repr(L))
L.extend(['pink', 'purple']) # extend L, in-place
print(repr(L))
L = L[:-2]
print(repr(L))
r = L[::-1]
print(repr(r))
r2 = list(L)
print(repr(r2))
r2.reverse() # in-place
print(repr(r2))
print(repr(r + L))
print(repr(r * 2))
print(repr(sorted(r))) # new object
print(repr(r))
r.sort()  # in-place
print(repr(r))
