import numpy as np
# round(x, n) rounds the float's exact binary value (2.675 is just below 2.675)
print(round(2.675, 2), round(0.125, 2), round(2.5, 0), round(1.005, 2), round(-0.5), round(0.285, 2))
