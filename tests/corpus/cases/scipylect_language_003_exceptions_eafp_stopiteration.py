# Source: https://github.com/scipy-lectures/scientific-python-lectures/blob/064f4c9ea9d3995753f88eac804bd7fdedb4a289/intro/language/exceptions.rst
# What: Scientific Python Lectures, "Exception handling in Python": "Easier to ask for forgiveness than for permission" and the achilles_arrow StopIteration example (IPython In[n] cells, prompts dropped)
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
# The print_sorted(...) calls print their output themselves (the function returns None), so they stay bare.
def print_sorted(collection):
    try:
        collection.sort()
    except AttributeError:
        pass
    print(collection)
print_sorted([1, 3, 2])
print_sorted(set((1, 3, 2)))
print_sorted('132')
def achilles_arrow(x):
   if abs(x - 1) < 1e-3:
       raise StopIteration
   x = 1 - (1-x)/2.
   return x
x = 0
while True:
    try:
        x = achilles_arrow(x)
    except StopIteration:
        break
print(repr(x))
