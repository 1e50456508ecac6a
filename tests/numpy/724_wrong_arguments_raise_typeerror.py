# Calling a function with the wrong arguments raises CPython's TypeError, naming it.
def area(width, height, *, unit='m'):
    return width * height

print(area(2, 3), area(height=4, width=1), area(1, 1, unit='cm'))
area(1)
