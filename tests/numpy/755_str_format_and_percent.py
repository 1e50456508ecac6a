# str.format and %-formatting as lessons use them to print sizes, offsets and strides.
import numpy as np
a = np.arange(12.0).reshape(3, 4)
v = a[:, 1::2]
print("{} is a view: {}".format("v", v.base is a))
print("{0} x {1} = {2}, {0}!".format(3, 4, 3 * 4))
print("{name} has shape {shape} and strides {strides}".format(name="v", shape=v.shape, strides=v.strides))
print("{0.shape} {0.ndim} {1[0]} {1[-1]}".format(a, [10, 20]) if False else "{0.shape} {0.ndim} {1[0]}".format(a, [10, 20]))
print("{:>8.3f}|{:<6}|{:^7}|{!r}".format(np.float64(1) / 7, "ab", "mid", "q"))
print("{:{}}|{:{w}.{p}f}".format("x", 5, 2 / 3, w=9, p=2))
print("%d bytes, %.1f%% full, %s" % (a.nbytes, 37.25, v.shape))
print("%5d|%-5d|%05d|%+d|% d|%x|%#X|%o|%#o" % (42, 42, 42, 42, 42, 255, 255, 8, 8))
print("%e %E %.3g %G %10.4f %-10.2f|" % (12345.678, 0.000123, 2 / 3, 1e20, np.pi, -np.e))
print("%s %r %a %c %c" % (a[0], "q", "é", 65, "z"))
print("%d %i %u" % (3.99, np.int16(-7), True), "%s" % [1, 2], "%s" % (v.base is a,))
print("%*d|%-*s|%.*f" % (6, 7, 5, "ab", 2, 3.14159))
print("%(x)s" % {"x": 1} if False else "100%% sure")
for template, values in [("%d", "x"), ("%x", 3.5), ("%f", "x"), ("%c", "ab"), ("%s %s", (1,)),
                         ("%s", (1, 2)), ("%y", 1), ("abc %", ()), ("%*d", ("a", 3)),
                         ("{} {1}", None), ("{0} {}", None), ("{", None), ("}", None), ("{2}", None),
                         ("{x}", None), ("{0!z}", None), ("{0:{1:{2}}}", None), ("{0[}", None)]:
    try:
        if values is None:
            print(template.format(1, 2))
        else:
            print(template % values)
    except (ValueError, TypeError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
print("%d" % np.arange(2))
