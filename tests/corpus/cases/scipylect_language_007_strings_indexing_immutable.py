# Source: https://github.com/scipy-lectures/scientific-python-lectures/blob/034f588211ab13395a64a4dea7d40a5e581a6196/intro/language/basic_types.rst
# What: Scientific Python Lectures, "Basic types", "Strings": indexing, slicing, and the immutable-string TypeError (In[53]-In[54])
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
a = "hello"
print(repr(a[0]))
print(repr(a[1]))
print(repr(a[-1]))
a = "hello, world!"
print(repr(a[3:6])) # 3rd to 6th (excluded) elements: elements 3, 4, 5
print(repr(a[2:10:2])) # Syntax: a[start:stop:step]
print(repr(a[::3])) # every three characters, from beginning to end
a = "hello, world!"
a[2] = 'z'
