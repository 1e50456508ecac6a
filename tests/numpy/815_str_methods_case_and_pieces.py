import numpy as np
words = ["hello world", "they're bill's friends", "HELLO", "Hello World", "", "a1_b", "3.14", "x\ty", "123", "_id9", "9id"]
for w in words:
    print(repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()))
    print(w.isupper(), w.islower(), w.istitle(), w.isalnum(), w.isdecimal(), w.isnumeric(), w.isascii(), w.isidentifier(), w.isprintable())
line = "key=value=more"
print(line.partition("="), line.rpartition("="), line.partition("#"), line.rpartition("#"))
text = "one\ntwo\r\nthree\rfour\n\nfive\n"
print(text.splitlines(), text.splitlines(True), "".splitlines(), "x".splitlines(keepends=True))
print("test_file.py".removeprefix("test_"), "test_file.py".removesuffix(".py"), "abc".removeprefix("x"))
print(repr("a\tbc\tdef\n\tx".expandtabs()), repr("a\tb".expandtabs(4)), repr("a\tb".expandtabs(0)))
s = "mississippi"
print(s.index("ss"), s.rfind("ss"), s.rindex("i"), s.rfind("z"), s.rfind("s", 0, 4), s.index("i", 5), s.rfind(""))
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    line.partition("")
except ValueError as e:
    print("ValueError:", e)
print("shape = {}".format(np.zeros((2, 3)).shape).title())
print(", ".join(w.capitalize() for w in "numpy arrays share memory".split()))
