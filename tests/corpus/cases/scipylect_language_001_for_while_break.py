# Source: https://github.com/scipy-lectures/scientific-python-lectures/blob/d82d7f9eefb492b63fc3753a9cf7e69e9f874c7a/intro/language/control_flow.rst
# What: Scientific Python Lectures, "Control Flow": "for/range" and "while/break/continue" (up to the break example; the continue example is Python 2)
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
for i in range(4):
    print(i)
for word in ('cool', 'powerful', 'readable'):
    print('Python is %s' % word)
z = 1 + 1j
while abs(z) < 100:
    z = z**2 + 1
print(repr(z))
z = 1 + 1j
while abs(z) < 100:
    if z.imag == 0:
        break
    z = z**2 + 1
