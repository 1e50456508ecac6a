# Source: https://github.com/scipy-lectures/scientific-python-lectures/blob/d82d7f9eefb492b63fc3753a9cf7e69e9f874c7a/intro/language/control_flow.rst
# What: Scientific Python Lectures, "Control Flow", "Conditional Expressions": ==, is, in
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
print(repr(1 == 1.))
print(repr(1 is 1.))
a = 1
b = 1
print(repr(a is b))
b = [1, 2, 3]
print(repr(2 in b))
print(repr(5 in b))
