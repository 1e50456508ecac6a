# f-strings and format(): the mini-language on Python numbers, NumPy scalars and arrays,
# the = form, conversions, nested specs, and the errors CPython and NumPy raise.
import numpy as np
a = np.arange(6, dtype=np.int32).reshape(2, 3)
x = 2 / 3
print(f"{a.nbytes} bytes, itemsize {a.itemsize}, strides {a.strides}")
print(f"{x:.3f} {x:10.4e} {x:<8.2%}| {x:+g} {-x: .2f} {x!r} {x!s:>20}")
print(f"{1234567.891:,.2f} {1234567:_} {255:#010b} {255:#x} {255:X} {65:c} {7:o}")
print(f"{a.sum() = }", f"{a.shape=}", f"{a[0, 1] = :>5}", f"{'q'=!s}")
width, prec = 12, 3
print(f"|{x:>{width}.{prec}f}|{x:^{width}}|{'mid':*^{width}}|")
print(f"{np.float32(0.1)} {np.float32(0.1):.10f} {np.float64(1) / 3} {np.int8(-5):+04d}")
print(f"{np.uint8(200):08b} {np.bool_(True)} {np.bool_(False):>6} {np.array(2.5):.2f}")
print(f"{a}", f"{a[0]!r}", f"{[1, 2.5, 'x']}", f"{(1,)}", f"{None}", f"{range(3)}")
print(f"{float('inf'):010.2f} {float('nan'):+} {-0.0:z.1f} {-0.0} {1e16} {1e-5:g}")
print(f"{'naïve'!a} {ascii(['é', 1])}", format(3.14159, ".2f"), format(42), format("ab", ">4"))
print(f"{{literal}} {x:{'>'}{10}}", f"{'a' 'b'}", f"{3:{''}}")
for value, spec in [(1, "s"), ("a", "d"), (1.5, "x"), ("a", "+"), ("a", "="), (1, ".2"),
                    (1, ",_"), (255, ",x"), (1, "z"), (-1, "c"), (a, ">4"), (None, "x"),
                    ([1], "s"), (1.5, "."), (np.float64(2), "d"), (True, "s")]:
    try:
        print(repr(format(value, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    format(1, 2)
except TypeError as e:
    print(e)
print(f"{a:>10}")
