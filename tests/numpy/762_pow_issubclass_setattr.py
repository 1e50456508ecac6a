# pow with two and three arguments, issubclass and setattr, with CPython's errors.
import numpy as np
class Base:
    pass
class Child(Base):
    pass
c = Child()
setattr(c, "data", np.arange(3))
print(c.data, getattr(c, "data") is c.data)
print(pow(2, 10), pow(2, -2), pow(2.0, 0.5), pow(3, 4, 5), pow(3, 4, -5), pow(2, -1, 5), pow(7, 0, 1))
print(pow(base=2, exp=3), pow(2, 3, mod=5), pow(np.int64(2), 3), pow(True, 2, 3))
print(issubclass(bool, int), issubclass(int, bool), issubclass(Child, Base), issubclass(Base, Child),
      issubclass(KeyError, LookupError), issubclass(np.float64, float), issubclass(list, (int, list)))
for call in [lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: pow(2, -1, 4), lambda: pow("a", 2),
             lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: setattr(1, "x", 2),
             lambda: setattr(c, 5, 1)]:
    try:
        print(call())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(pow(0, -1))
