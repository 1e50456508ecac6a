import numpy as np
# ordering two lists compares elements, and the error names the elements' types
print([0] >= [()])
