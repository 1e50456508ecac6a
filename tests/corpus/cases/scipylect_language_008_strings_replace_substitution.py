# Source: https://github.com/scipy-lectures/scientific-python-lectures/blob/034f588211ab13395a64a4dea7d40a5e581a6196/intro/language/basic_types.rst
# What: Scientific Python Lectures, "Basic types", "Strings": str.replace (In[55]-In[56]) and "String substitution" with %
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
# Setup: a = "hello, world!" (copied from earlier on the same page)
a = "hello, world!"
print(repr(a.replace('l', 'z', 1)))
print(repr(a.replace('l', 'z')))
print(repr('An integer: %i; a float: %f; another string: %s' % (1, 0.1, 'string')))
i = 102
filename = 'processing_of_dataset_%d.txt' % i
print(repr(filename))
