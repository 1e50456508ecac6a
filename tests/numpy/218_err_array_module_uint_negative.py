import array
i = array.array('I', [1, 2])
i[0] = 4294967295
print(i)
q = array.array('Q', [5])
print(q)
i.append(-1)
