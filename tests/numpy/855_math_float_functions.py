import math
xs = [0.0, -0.0, 0.5, 1.0, 2.0, 3.7, 10.0, 1e-300, 1e300, 123456.789, -2.5, 0.1]
for name in ['sqrt', 'exp', 'exp2', 'expm1', 'log', 'log2', 'log10', 'log1p', 'sin', 'cos',
             'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh',
             'cbrt', 'fabs', 'degrees', 'radians', 'ulp']:
    f = getattr(math, name)
    out = []
    for x in xs:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(name, ' '.join(out))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.atan2(1, 2), math.atan2(-0.0, -1), math.atan2(math.inf, -math.inf), math.atan2(0.0, 0.0))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.fmod(7.5, 2), math.fmod(-7.5, 2), math.fmod(1, math.inf))
print(math.remainder(5, 2), math.remainder(7, 2), math.remainder(-5.5, 2), math.remainder(10, 3))
print(math.pow(2, 0.5), math.pow(-8, 3), math.pow(math.nan, 0), math.pow(1, math.nan), math.pow(math.inf, -3), math.pow(0.5, -math.inf))
print(math.modf(3.25), math.modf(-2.0), math.modf(math.inf), math.frexp(8.5), math.frexp(-0.1), math.frexp(5e-324), math.frexp(0.0))
print(math.ldexp(0.5, 3), math.ldexp(1.5, -1074), math.ldexp(3, 1000), math.ldexp(1, -2000), math.ldexp(-0.0, 5))
print(math.nextafter(1, 2), math.nextafter(0, -1), math.nextafter(3, 3), math.ulp(math.inf), math.ulp(1e308))
print(math.log(8, 2), math.log(100, 10), math.log(2 ** 62), math.log10(1000), math.log2(1024), math.log(10, 0.5))
print(math.isfinite(1.0), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(3))
print(math.isclose(1, 1 + 1e-10), math.isclose(1, 1.1), math.isclose(0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(1, 2, rel_tol=0.6))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(7), math.ceil(True), math.floor(1e18))
print(type(math.floor(2.5)).__name__, type(math.sqrt(4)).__name__)
