# Source: https://github.com/scipy-lectures/scientific-python-lectures/blob/0466f3644ddea6e41491dacb17e6ee8df8ef8356/intro/language/functions.rst
# What: Scientific Python Lectures, "Defining functions", "Global variables" (IPython In[n] cells; setx prints with %d)
# Code cells of the notebook section, in order (tests/corpus/README.md): a cell's last expression whose Out[] the notebook shows is wrapped in print(repr(...)).
x = 5
def addx(y):
    return x + y
print(repr(addx(10)))
def setx(y):
    x = y
    print('x is %d' % x)
setx(10)
print(repr(x))
def setx(y):
    global x
    x = y
    print('x is %d' % x)
setx(10)
print(repr(x))
