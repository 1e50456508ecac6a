# Source: Stack Overflow, question 59711711 "Using dictionary in numpy array doesn't make that array to have single data type" (answer by hpaulj, IPython prompts turned into prints)
# What: an object array made from a list holds the list's very objects: a change to the dict shows in both
import numpy as np
np1 = np.array([1,'2' , True])
print(repr(np1))
np2 = np.array([{1:1 , 2:2 }, 1 , True , '1'])
print(repr(np2))
alist = [{1:1 , 2:2 }, 1 , True , '1']
arr = np.array(alist)
print(repr(arr))
print(id(arr[0]) == id(alist[0]))
alist[0][3]=3
print(repr(arr))
