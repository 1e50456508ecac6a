import numpy as np
s = "Hello, NumPy"
b = s.encode()
print(b, s.encode("ascii"), s.encode("latin-1"), "café".encode("utf-8"), "café".encode("latin-1"))
print(b.decode(), b.decode("ascii"), "café".encode().decode("utf-8"), b"caf\xe9".decode("latin-1"))
print(bytes("abc", "utf-8"), bytearray("xyz", encoding="ascii"), str(b"raw", "utf-8"), str(bytearray(b"ba"), encoding="ascii"))
try:
    b"\xff".decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    bytes("abc")
except TypeError as e:
    print("TypeError:", e)
try:
    bytes(b"abc", "utf-8")
except TypeError as e:
    print("TypeError:", e)
try:
    str("abc", "utf-8")
except TypeError as e:
    print("TypeError:", e)
raw = b"  one two  three \n"
print(raw.split(), raw.split(None, 1), raw.strip(), raw.lstrip(), raw.rstrip(), raw.strip(b" \neo"))
print(b"a,b,,c".split(b","), b"a,b,,c".split(b",", 1), b"-".join([b"x", bytearray(b"y"), b"z"]))
print(b"Mixed Case".upper(), b"Mixed Case".lower(), b"aaa".replace(b"a", b"bb", 2), b"ab".replace(b"", b"."))
print(b"banana".rfind(b"an"), b"banana".rindex(b"a"), b"banana".rfind(b"x"), b"banana".rfind(97), b"banana".rfind(b""))
ba = bytearray(b"hello world")
up = ba.upper()
up[0] = 74
print(ba, up, type(up).__name__, type(ba.split()[0]).__name__)
arr = np.frombuffer(ba, dtype=np.uint8)
print(arr[:5], bytes(arr[:5]).decode())
try:
    b"x".join(["a"])
except TypeError as e:
    print("TypeError:", e)
