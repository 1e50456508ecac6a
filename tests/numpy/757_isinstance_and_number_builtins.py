# isinstance and the small builtins lessons use to check and show values: callable, hasattr,
# getattr, any, all, chr, ord, hex, oct, bin, divmod.
import numpy as np
a = np.arange(6).reshape(2, 3)
row = a[0]
class Base:
    pass
class Child(Base):
    def __init__(self):
        self.data = a
c = Child()
print(isinstance(a, np.ndarray), isinstance(row, np.ndarray), isinstance(a[0, 0], np.int64))
print(isinstance(True, int), isinstance(1, bool), isinstance(np.float64(1), float),
      isinstance(np.float32(1), float), isinstance(np.int64(1), int), isinstance(1.0, (int, float)))
print(isinstance([], list), isinstance((), (list, (tuple, str))), isinstance("s", str), isinstance(None, type(None)))
print(isinstance(c, Child), isinstance(c, Base), isinstance(Base(), Child), isinstance(ValueError("x"), Exception))
print(isinstance(KeyError("k"), LookupError), isinstance(KeyError("k"), ValueError), isinstance(len, type(print)))
print(callable(len), callable(a.sum), callable(np.zeros), callable(Child), callable(1), callable(a))
print(hasattr(a, "shape"), hasattr(a, "nope"), hasattr(c, "data"), getattr(a, "ndim"), getattr(c, "nope", 42))
print(getattr(c, "data") is a, getattr(a, "T").shape)
print(any([0, 0, 1]), all([1, 2, 0]), any([]), all([]), any(x > 4 for x in range(6)), all(a[0] >= 0))
print(chr(65), chr(955), ord("A"), ord("λ"), ord(b"z"), hex(255), hex(-255), oct(8), bin(5), bin(-5))
print(hex(np.int64(4096)), divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(7, -2.0), divmod(True, 3))
for call in [lambda: isinstance(1, 2), lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"),
             lambda: ord(1), lambda: hex(1.5), lambda: divmod(1, 0), lambda: divmod(1.0, 0),
             lambda: divmod("a", 1), lambda: getattr(a, 5), lambda: hasattr(a, 5), lambda: getattr(a, "nope")]:
    try:
        print(call())
    except (TypeError, ValueError, ZeroDivisionError, AttributeError) as e:
        print(type(e).__name__, e)
print(divmod(1, 0))
