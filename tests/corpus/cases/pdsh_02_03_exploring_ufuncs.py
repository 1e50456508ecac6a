# Source: https://github.com/jakevdp/PythonDataScienceHandbook/blob/031cc4f1b98f7a31ea6cc416d8ee40909368f456/notebooks/02.03-Computation-on-arrays-ufuncs.ipynb
# What: PDSH 2.3, section "Exploring NumPy's Ufuncs": arithmetic operators, abs of ints and complex, trigonometric, exponents and logarithms
# Code cells of the notebook section, in order (tests/corpus/README.md): a cell's last expression whose Out[] the notebook shows is wrapped in print(repr(...)).
# Note: the "Specialized Ufuncs" cells (scipy.special) are left out
import numpy as np
x = np.arange(4)
print("x      =", x)
print("x + 5  =", x + 5)
print("x - 5  =", x - 5)
print("x * 2  =", x * 2)
print("x / 2  =", x / 2)
print("x // 2 =", x // 2)  # floor division
print("-x     = ", -x)
print("x ** 2 = ", x ** 2)
print("x % 2  = ", x % 2)
print(repr(-(0.5*x + 1) ** 2))
print(repr(np.add(x, 2)))
x = np.array([-2, -1, 0, 1, 2])
print(repr(abs(x)))
print(repr(np.absolute(x)))
print(repr(np.abs(x)))
x = np.array([3 - 4j, 4 - 3j, 2 + 0j, 0 + 1j])
print(repr(np.abs(x)))
theta = np.linspace(0, np.pi, 3)
print("theta      = ", theta)
print("sin(theta) = ", np.sin(theta))
print("cos(theta) = ", np.cos(theta))
print("tan(theta) = ", np.tan(theta))
x = [-1, 0, 1]
print("x         = ", x)
print("arcsin(x) = ", np.arcsin(x))
print("arccos(x) = ", np.arccos(x))
print("arctan(x) = ", np.arctan(x))
x = [1, 2, 3]
print("x   =", x)
print("e^x =", np.exp(x))
print("2^x =", np.exp2(x))
print("3^x =", np.power(3., x))
x = [1, 2, 4, 10]
print("x        =", x)
print("ln(x)    =", np.log(x))
print("log2(x)  =", np.log2(x))
print("log10(x) =", np.log10(x))
x = [0, 0.001, 0.01, 0.1]
print("exp(x) - 1 =", np.expm1(x))
print("log(1 + x) =", np.log1p(x))
