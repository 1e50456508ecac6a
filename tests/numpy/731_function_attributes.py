# A function knows its name, qualified name, docstring and defaults (evaluated once, at def).
import numpy as np
def f(x, k=2, m=np.int8(3)):
    """Scales x."""
    return x
g = lambda: 0
def outer():
    def inner():
        pass
    return inner
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, g.__name__, g.__doc__, g.__defaults__)
print(outer().__qualname__, outer.__doc__)
