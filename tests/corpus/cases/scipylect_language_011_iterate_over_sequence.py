# Source: https://github.com/scipy-lectures/scientific-python-lectures/blob/d82d7f9eefb492b63fc3753a9cf7e69e9f874c7a/intro/language/control_flow.rst
# What: Scientific Python Lectures, "Control Flow", "Advanced iteration", "Iterate over any sequence" (cut before the Python 2 `print word` loop)
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
vowels = 'aeiouy'
for i in 'powerful':
    if i in vowels:
        print(i),
message = "Hello how are you?"
print(repr(message.split())) # returns a list
