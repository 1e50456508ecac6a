# The str methods teaching code reaches for around NumPy: splitting, joining, stripping,
# padding and searching, with their errors.
import numpy as np
line = "  3, 1, 4 ,1, 5  "
parts = line.strip().split(",")
print(parts, [p.strip() for p in parts], np.array([int(p) for p in parts]))
print("a b  c".split(), "a b  c".split(" "), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("  a b  c  ".split(None, 1), "  a b  c  ".rsplit(None, 1), "".split(), "".split(","))
print("-".join(["x", "y", "z"]), ", ".join(str(n) for n in range(3)), "".join([]))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"), "\t hi \n".strip())
print("banana".replace("a", "o"), "banana".replace("a", "o", 2), "ab".replace("", "-"), "ab".replace("", "-", 1))
print("Shape".upper(), "Shape".lower(), "array.py".endswith((".py", ".txt")), "np.zeros".startswith("np."))
print("banana".find("an"), "banana".find("an", 2), "banana".find("x"), "banana".count("a"), "banana".count(""))
print("banana".startswith("an", 1), "banana".endswith("an", 0, 5), "banana".find("a", -2))
print("|" + "ab".center(7) + "|" + "ab".center(6, "*") + "|" + "abc".center(6) + "|")
print("ab".ljust(5, ".") + "|", "ab".rjust(5), "7".zfill(3), "-7".zfill(4), "+7".zfill(1))
print("123".isdigit(), "12a".isdigit(), "abc".isalpha(), "".isalpha(), " \t".isspace())
header = "{:<6}{:>8}".format("name", "nbytes")
print(header, len(header))
for call in [lambda: "a".split(""), lambda: "a".split(1), lambda: "-".join([1, 2]),
             lambda: "a".strip(1), lambda: "a".center(5, "ab"), lambda: "a".center(5, 1),
             lambda: "a".find(1), lambda: "a".startswith(1), lambda: "a".replace(1, "b"),
             lambda: "a".zfill("3"), lambda: "a".upper(1)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("a".ljust())
