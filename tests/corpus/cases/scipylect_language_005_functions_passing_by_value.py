# Source: https://github.com/scipy-lectures/scientific-python-lectures/blob/0466f3644ddea6e41491dacb17e6ee8df8ef8356/intro/language/functions.rst
# What: Scientific Python Lectures, "Defining functions", "Passing by value"
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
# try_to_modify(...) prints its output itself and returns None, so its call stays bare.
def try_to_modify(x, y, z):
    x = 23
    y.append(42)
    z = [99] # new reference
    print(x)
    print(y)
    print(z)

a = 77    # immutable variable
b = [99]  # mutable variable
c = [28]
try_to_modify(a, b, c)
print(a)
print(b)
print(c)
