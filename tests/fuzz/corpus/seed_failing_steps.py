a = [1, 2, 3]
b = a[1:]
x = a[0] = b[10] = 1
a += 1.5
c = a.reshape(4, 4)
print(a, b)
