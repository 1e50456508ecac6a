import operator
import numpy as np
a = np.arange(4)
print(operator.add(a, 1), operator.sub(10, a), operator.mul(a, a), operator.truediv(a, 2))
print(operator.floordiv(7, 2), operator.mod(-7, 3), operator.pow(2, 10), operator.pow(a, 2))
print(operator.and_(6, 3), operator.or_(a, 8), operator.xor(5, 1), operator.lshift(1, 4), operator.rshift(a, 1))
print(operator.neg(a), operator.pos(-3), operator.invert(a), operator.abs(-a), operator.abs(-2.5))
print(operator.eq(a, 2), operator.ne([1], [1]), operator.lt(1, 2), operator.le(a, 1), operator.gt('b', 'a'), operator.ge(3, 3.0))
print(operator.not_(a.size), operator.truth([]), operator.truth(np.int64(3)), operator.contains([1, 2], 2), operator.contains(a, 7))
print(operator.index(5), operator.index(np.int8(-3)), operator.index(True), operator.index(np.array(7)))
print(operator.add([1], [2]), operator.mul('ab', 3), operator.add((1,), (2,)))
b = a
c = operator.iadd(b, 10)
print(a, c is a)
lst = [1]
l2 = operator.iadd(lst, [2])
print(lst, l2 is lst)
n = 5
m = operator.iadd(n, 1)
print(n, m)
x = np.ones(3)
operator.itruediv(x, 4)
operator.imul(x, 2)
operator.isub(x, 1)
print(x, operator.ifloordiv(7, 2))
for f, args in [(operator.add, (1, 'a')), (operator.neg, ('s',)), (operator.index, (2.5,)), (operator.index, (np.arange(2),)),
                (operator.truediv, (1, 0)), (operator.lt, (1, 'a')), (operator.add, (a, np.arange(3)))]:
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    operator.add(1)
except TypeError as e:
    print(e)
try:
    operator.neg(1, 2)
except TypeError as e:
    print(e)
try:
    operator.add(a=1, b=2)
except TypeError as e:
    print(e)
