import math
import numpy as np
print(math.sqrt(np.float64(2)), math.sqrt(np.float32(2)), math.sqrt(np.int64(9)), math.sqrt(np.array(16)))
print(math.sin(np.array(1.0)), math.exp(np.uint8(3)), math.log(np.int16(100), 10), math.isnan(np.float32(math.nan)))
print(math.floor(np.float64(2.7)), math.ceil(np.float32(2.1)), math.floor(np.int64(-3)), math.trunc(np.float64(-2.7)))
print(type(math.floor(np.float64(2.7))).__name__, type(math.ceil(np.int8(2))).__name__)
print(math.isclose(np.float64(1), 1.0), math.fabs(np.int32(-4)), math.copysign(np.float32(2), -1.0))
a = np.linspace(0, 1, 5)
print([math.cos(x) for x in a])
print(math.degrees(np.pi), math.radians(np.float64(180)), math.hypot(*a))
