# Source: https://github.com/scipy-lectures/scientific-python-lectures/blob/0466f3644ddea6e41491dacb17e6ee8df8ef8356/intro/language/functions.rst
# What: Scientific Python Lectures, "Defining functions", "Parameters" tip: slicer() with keyword arguments on a split() list (IPython In[n] cells)
# Code cells of the notebook section, in order (tests/corpus/README.md): a cell's last expression whose Out[] the notebook shows is wrapped in print(repr(...)).
def slicer(seq, start=None, stop=None, step=None):
    """Implement basic python slicing."""
    return seq[start:stop:step]
rhyme = 'one fish, two fish, red fish, blue fish'.split()
print(repr(rhyme))
print(repr(slicer(rhyme)))
print(repr(slicer(rhyme, step=2)))
print(repr(slicer(rhyme, 1, step=2)))
print(repr(slicer(rhyme, start=1, stop=4, step=2)))
print(repr(slicer(rhyme, step=2, start=1, stop=4)))
